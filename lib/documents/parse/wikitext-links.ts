// External-link templates ({{IMDb name}}, {{official website}}, {{Twitter}}…): each becomes a source
// with its URL and a readable title, never a source titled from the template's name. Unknown
// ones are left to the caller (they show nothing).
import { argOf, type TemplateArgs } from "./wikitext-plain";

interface Link {
  url: string;
  title: string;
}
type Maker = (t: TemplateArgs, label: string | undefined) => Link | undefined;

const id = (t: TemplateArgs, ...keys: (string | number)[]) => argOf(t, ...keys)?.trim();
const site =
  (base: string, siteName: string, ...keys: (string | number)[]): Maker =>
  (t, label) => {
    const v = id(t, ...(keys.length ? keys : ["id", 1]));
    return v
      ? { url: base.replace("$1", encodeURI(v)), title: label ? `${label} at ${siteName}` : siteName }
      : undefined;
  };
const official: Maker = (t) => {
  const url = id(t, "url", 1, "URL");
  return url
    ? { url: /^(?:https?:)?\/\//i.test(url) ? url : `https://${url}`, title: id(t, "name", 2) ?? "Official website" }
    : undefined;
};
const imdb =
  (prefix: string, path: string): Maker =>
  (t, label) => {
    const raw = id(t, "id", 1);
    if (!raw) return undefined;
    const num = raw.replace(/^[a-z]{2}/, "");
    return { url: `https://www.imdb.com/${path}/${prefix}${num}/`, title: label ? `${label} at IMDb` : "IMDb" };
  };

// prettier-ignore
const MAKERS: Record<string, Maker> = {
  "imdb name": imdb("nm", "name"), "imdb title": imdb("tt", "title"), "imdb company": imdb("co", "company"),
  "imdb character": imdb("ch", "character"), imdb: (t, l) => imdb(/^tt/.test(id(t, 1) ?? "") ? "tt" : "nm", /^tt/.test(id(t, 1) ?? "") ? "title" : "name")(t, l),
  "official website": official, "official site": official, officialwebsite: official, url: official,
  "offizielle website": official, "site officiel": official, "sitio web oficial": official, "sitio oficial": official,
  twitter: site("https://twitter.com/$1", "Twitter"), facebook: site("https://www.facebook.com/$1", "Facebook"),
  instagram: site("https://www.instagram.com/$1", "Instagram"), linkedin: site("https://www.linkedin.com/$1", "LinkedIn"),
  youtube: (t, l) => {
    const u = id(t, "user", "u"), c = id(t, "channel", "c"), v = id(t, "id", 1);
    const url = u ? `https://www.youtube.com/user/${u}` : c ? `https://www.youtube.com/channel/${c}` : v ? `https://www.youtube.com/watch?v=${v}` : undefined;
    return url ? { url, title: l ? `${l} on YouTube` : "YouTube" } : undefined;
  },
  crunchbase: site("https://www.crunchbase.com/organization/$1", "Crunchbase"),
  "allmovie name": site("https://www.allmovie.com/artist/$1", "AllMovie"), "allmovie title": site("https://www.allmovie.com/movie/$1", "AllMovie"),
  allmusic: site("https://www.allmusic.com/$1", "AllMusic"), "discogs artist": site("https://www.discogs.com/artist/$1", "Discogs"),
  "world athletics": site("https://worldathletics.org/athletes/_/$1", "World Athletics"),
  olympedia: site("https://www.olympedia.org/athletes/$1", "Olympedia"),
  "find a grave": site("https://www.findagrave.com/memorial/$1", "Find a Grave"),
  britannica: site("https://www.britannica.com/$1", "Encyclopædia Britannica"), curlie: site("https://curlie.org/$1", "Curlie"),
  "c-span": site("https://www.c-span.org/person/?$1", "C-SPAN"), "rotten tomatoes": site("https://www.rottentomatoes.com/$1", "Rotten Tomatoes"),
  "wikisource author": site("https://en.wikisource.org/wiki/Author:$1", "Wikisource"),
  gutenberg: (t, l) => site("https://www.gutenberg.org/ebooks/author/$1", "Project Gutenberg", "no", "id", 1)(t, l),
  "internet archive author": site("https://archive.org/search?query=$1", "Internet Archive", "search", "name", 1),
  indexfungorum: site("https://www.indexfungorum.org/names/NamesRecord.asp?RecordID=$1", "Index Fungorum"),
  mycobank: site("https://www.mycobank.org/page/Name%20details%20page/$1", "MycoBank"),
  "dnb-portal": site("https://portal.dnb.de/opac.htm?method=simpleSearch&cqlMode=true&query=nid%3D$1", "Deutsche Nationalbibliothek"),
  "transfermarkt": site("https://www.transfermarkt.com/-/profil/spieler/$1", "Transfermarkt"),
  espncricinfo: site("https://www.espncricinfo.com/player/$1", "ESPNcricinfo"),
  "soccerway": site("https://int.soccerway.com/players/$1", "Soccerway"),
  "fifa player": site("https://www.fifa.com/fifaplus/en/players/$1", "FIFA"),
  "national-football-teams": site("https://www.national-football-teams.com/player/$1.html", "National Football Teams"),
  "nyt topic": site("https://www.nytimes.com/topic/$1", "The New York Times"),
  "the guardian topic": site("https://www.theguardian.com/$1", "The Guardian"),
};

/** The source an external-link template points at, or undefined for any other template. */
export function externalLink(t: TemplateArgs): Link | undefined {
  const make = MAKERS[t.name];
  if (!make) return undefined;
  const label = id(t, "name", "title", 2);
  return make(t, label && !/^\d+$/.test(label) ? label : undefined);
}
