import { isAmazonHost } from '../draft/amazon-hosts';

/**
 * Sites a buyer may link to without a warning: Amazon's own (its storefronts `amazon.<tld>`
 * with every subdomain, such as `sellercentral-europe.amazon.com`, plus the few other domains
 * Amazon runs for its pages and images) and the carriers whose tracking pages buyers paste.
 *
 * Amazon's own short links (`amzn.to`, `amzn.eu`, `amzn.asia`, `a.co`) count as Amazon: Amazon
 * creates them only for Amazon pages (SiteStripe and the share button), so unlike a general
 * shortener they cannot hide a phishing site. A general shortener (`bit.ly`) is flagged.
 * Matched on the registrable domain (tldts), so `amazon.com.example.net` is not Amazon.
 */

const AMAZON_DOMAINS = new Set([
  'amzn.to', 'amzn.eu', 'amzn.asia', 'a.co', 'media-amazon.com', 'ssl-images-amazon.com', 'aboutamazon.com', 'amazon.jobs',
]);

const CARRIER_DOMAINS = new Set([
  'ups.com', 'fedex.com', 'usps.com', 'dhl.com', 'dhl.de', 'dhl.fr', 'dhl.it', 'dhl.es', 'dhlparcel.nl', 'dpd.de', 'dpd.com',
  'dpd.co.uk', 'dpd.fr', 'myhermes.de', 'hermesworld.com', 'evri.com', 'gls-group.eu', 'gls-group.com', 'gls-italy.com',
  'royalmail.com', 'parcelforce.com', 'laposte.fr', 'colissimo.fr', 'chronopost.fr', 'mondialrelay.fr', 'correos.es',
  'seur.com', 'mrw.es', 'poste.it', 'brt.it', 'sda.it', 'kuronekoyamato.co.jp', 'sagawa-exp.co.jp', 'japanpost.jp',
  'sf-express.com', 'ems.com.cn', 'canadapost-postescanada.ca', 'canadapost.ca', 'auspost.com.au', 'postnl.nl', 'bpost.be',
  'inpost.pl', 'ontrac.com', 'lasership.com', 'deutschepost.de', 'dpdgroup.com', 'tnt.com', 'yodel.co.uk', 'correosexpress.com',
]);

const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at',
  'rb.gy', 'tiny.cc', 's.id', 'lnkd.in', 'bit.do', 't.ly', 'v.gd', 'shorte.st', 'adf.ly', 'bl.ink', 'dwz.cn', 'url.cn', 't.cn',
  'qr.net', 'urlz.fr', 'kurzelinks.de', 'tiny.one', 'short.io', 'shorturl.com', 'x.gd', 'lnk.to', 'surl.li', 'clck.ru',
]);

/** True for Amazon's hosts (see above). `site` is the registrable domain in ASCII. */
export function isGenuineAmazon(asciiHost: string, site: string): boolean {
  return isAmazonHost(asciiHost) || AMAZON_DOMAINS.has(site);
}

export function isCarrierSite(site: string): boolean {
  return CARRIER_DOMAINS.has(site);
}

export function isShortener(asciiHost: string, site: string): boolean {
  return SHORTENERS.has(asciiHost) || SHORTENERS.has(site);
}
