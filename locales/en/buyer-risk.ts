/**
 * Risky buyer messages: what each finding says (`buyer.finding.<rule id>`), the marker on the
 * message, and the warning a flagged link opens instead of the site.
 */
export const buyerRisk = {
  'buyer.category.lookalike-link': 'Fake Amazon link',
  'buyer.category.hidden-link': 'Hidden link',
  'buyer.category.outside-link': 'Link outside Amazon',
  'buyer.category.off-platform': 'Contact outside Amazon',
  'buyer.category.payment': 'Payment outside Amazon',
  'buyer.category.credentials': 'Asks for your login',
  'buyer.category.review-threat': 'Review threat',
  'buyer.category.attachment': 'Risky attachment',
  'buyer.finding.lookalike-link.homoglyph': 'Link to {host}: its letters imitate "{brand}" with look-alike characters. It is not Amazon; such pages copy the Amazon sign-in to steal your login.',
  'buyer.finding.lookalike-link.punycode': 'Link to {host}, written in punycode {quote}: the coded name hides which letters it really uses, a common disguise for fake sites.',
  'buyer.finding.lookalike-link.brand-inside': 'Link to {host}: the site is {site}, not Amazon. It puts "{brand}" into its name to look genuine. Do not sign in there.',
  'buyer.finding.lookalike-link.typo': 'Link to {site}, one letter away from "{brand}": a look-alike of Amazon. Do not sign in there.',
  'buyer.finding.hidden-link.shortener': 'Shortened link {quote}: a shortener hides where it really leads.',
  'buyer.finding.hidden-link.ip': 'Link to a bare IP address {quote}: real shops and Amazon use names; a numeric address is a common phishing trick.',
  'buyer.finding.outside-link.outside': 'Link outside Amazon, to {site} {quote}.',
  'buyer.finding.outside-link.spelled': 'Web address spelled out to slip past filters {quote}: it leads outside Amazon.',
  'buyer.finding.off-platform.contact': 'The buyer wants to continue outside Amazon messaging {quote}. Keep the conversation here: Amazon protects you only inside its messaging.',
  'buyer.finding.payment.outside-amazon': 'Payment outside Amazon {quote}: money sent outside Amazon has no A-to-z protection and is a common scam.',
  'buyer.finding.credentials.request': 'Asks for your login, password or a verification code {quote}: Amazon and genuine buyers never ask for these.',
  'buyer.finding.review-threat.threat': 'Review threat {quote}: a review held over you to force a refund breaks Amazon rules. Report it to Amazon rather than give in.',
  'buyer.finding.attachment.rtl-override': 'Attachment {name} hides its real name with right-to-left control characters: do not open it.',
  'buyer.finding.attachment.double-extension': 'Attachment {name} pretends to be a document but is a .{ext} file: do not open it.',
  'buyer.finding.attachment.executable': 'Attachment {name} is a program (.{ext}): opening it runs code on your computer.',
  'buyer.finding.attachment.script': 'Attachment {name} is a script or macro file (.{ext}): opening it can run code.',
  'buyer.finding.attachment.html': 'Attachment {name} is a web page (.{ext}): it can show a fake sign-in form.',
  'buyer.finding.attachment.archive': 'Attachment {name} is an archive (.{ext}): it hides what is inside.',
  'buyer.alert.title.one': 'Seller Guard: 1 risk in this buyer message',
  'buyer.alert.title.other': 'Seller Guard: {count} risks in this buyer message',
  'buyer.alert.addWatchlist': 'Add buyer to watchlist',
  'buyer.alert.reasonNote': 'Review threat in a message',
  'buyer.warning.title': 'This link is not what it seems',
  'buyer.warning.host': 'It really goes to: {host}',
  'buyer.warning.raw': 'As the browser reads it: {host}',
  'buyer.warning.open': 'Open anyway',
  'buyer.warning.cancel': 'Cancel',
} as const;

export type BuyerRiskKey = keyof typeof buyerRisk;
