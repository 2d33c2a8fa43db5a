/** The team workspace's edges: what an auditor is not offered, and a lead's actions made while the server is away. */
export const teamEdges = {
  'teamEdges.auditorReadsOnly': 'You joined your team as an auditor: you read the watchlist, but only agents and leads add buyers to it.',
  'teamEdges.importAuditor': 'As an auditor you read the team’s list; importing into it is for agents and leads.',
  'teamEdges.queued.review': '{buyer}: review saved on this computer. The team server is not answering; it is sent as soon as it does.',
  'teamEdges.queued.extend': '{buyer}: new review date saved on this computer. The team server is not answering; it is sent as soon as it does.',
  'teamEdges.queued.clear': '{buyer}: clearing saved on this computer. The team server is not answering; it is sent as soon as it does.',
  'teamEdges.queued.behind': '{buyer}: saved on this computer; it is sent after the changes still waiting for the team server.',
  'teamEdges.waiting': 'Waiting to be sent to the team server.',
} as const;
