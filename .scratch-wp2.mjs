import Parser from "wikiparser-node";
const src = `Intro ''it'' '''b''' [[A|B]] [[C]]&nbsp;x &ndash; y<ref name = "WP" /> z<ref name="a">{{cite web |url=http://x.com |title=T [[L|l]] <!-- c --> |first1=J|last1=D}}</ref>.
== Head ''x'' ==
* item one
*# sub
: indent
{| class="wikitable"
|-
! H1 !! H2
|-
| a || b
|}
<blockquote>q</blockquote> [http://e.com text] [http://f.com] http://g.com <ref>unclosed
{{unclosed|a
<nowiki>[[x]]</nowiki> <br/> <span>s</span> [[File:X.png|thumb|cap]] [[Category:Y]] {{DEFAULTSORT:Z}}`;
const root = Parser.parse(src);
function dump(n, d) {
  const pad = "  ".repeat(d);
  const extra = n.type==="text" ? JSON.stringify(n.data) : `${n.name??""} ${n.level??""} ${n.closing!==undefined?"closing="+n.closing:""} ${n.selfClosing!==undefined?"self="+n.selfClosing:""}`;
  console.log(pad + n.type + " " + extra + " @" + n.getAbsoluteIndex());
  for (const c of n.childNodes ?? []) dump(c, d+1);
}
dump(root,0);
