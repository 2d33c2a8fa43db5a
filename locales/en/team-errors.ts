/** What a failed request to the team server is called when the server gave no sentence of its own. */
export const teamErrors = {
  'error.team-unreachable': 'The team server cannot be reached. Check the address and your connection.',
  'error.team-not-a-server': 'That address does not answer as a Seller Guard team server.',
  'error.team-protocol-mismatch': 'This extension and the team server speak different protocol versions. Update the older one.',
  'error.team-invite-invalid': 'This invite code is not valid. Check it, or ask your admin for a new one.',
  'error.team-invite-used': 'This invite code was already used. Ask your admin for a new one.',
  'error.team-invite-expired': 'This invite code has expired. Ask your admin for a new one.',
  'error.team-unauthorised': 'The team server does not know this install. Join again with a new invite.',
  'error.team-revoked': 'You were removed from the team by an admin. Seller Guard stopped syncing.',
  'error.team-forbidden': 'Your role in the team may not do this.',
  'error.team-bad-request': 'The team server refused this request.',
  'error.team-too-large': 'This is more than the team server accepts in one request.',
  'error.team-not-found': 'That is gone from the team server.',
  'error.team-conflict': 'A colleague saved a change first. Look at the current version and try again.',
  'error.team-server-error': 'The team server could not answer right now. Try again later.',
} as const;
