// HTML entity decoding for wikitext and markdown. A small table of the entities editors actually
// type, plus numeric ones, so we need no extra dependency; unknown names are left as written.

// prettier-ignore
const NAMED: Record<string, string> = {
  nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ndash: "–",
  mdash: "—", minus: "−", hellip: "…", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", prime: "′", Prime: "″", middot: "·", bull: "•", deg: "°",
  times: "×", divide: "÷", plusmn: "±", frac12: "½", frac14: "¼", frac34: "¾", sup2: "²", sup3: "³", copy: "©",
  reg: "®", trade: "™", sect: "§", para: "¶", euro: "€", pound: "£", yen: "¥", cent: "¢", dagger: "†", Dagger: "‡",
  shy: "", zwj: "", zwnj: "", lrm: "", rlm: "", iexcl: "¡", iquest: "¿", aacute: "á", eacute: "é", iacute: "í",
  oacute: "ó", uacute: "ú", Aacute: "Á", Eacute: "É", Iacute: "Í", Oacute: "Ó", Uacute: "Ú", agrave: "à",
  egrave: "è", ograve: "ò", auml: "ä", euml: "ë", iuml: "ï", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü",
  szlig: "ß", ntilde: "ñ", Ntilde: "Ñ", ccedil: "ç", Ccedil: "Ç", acirc: "â", ecirc: "ê", icirc: "î", ocirc: "ô",
  ucirc: "û", aring: "å", Aring: "Å", aelig: "æ", oslash: "ø", Oslash: "Ø",
};

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (m, body: string) => {
    if (body[0] !== "#") return NAMED[body] ?? m;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Invalid code points (surrogates, out of range, NUL) stay as written rather than throwing.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return m;
    return code === 0xa0 ? " " : String.fromCodePoint(code);
  });
}
