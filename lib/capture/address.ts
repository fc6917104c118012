// Which addresses a capture may connect to: public unicast only. ipaddr.js classifies the ranges
// (private, loopback, link-local incl. cloud metadata 169.254.169.254, carrier-grade NAT incl.
// 100.100.100.200, multicast, unique-local fd00::/8, reserved, and the IPv6 forms that embed an IPv4
// address such as ::ffff:127.0.0.1, 6to4 and Teredo); anything not plain unicast is refused.
import ipaddr from "ipaddr.js";

export function addressRefusal(ip: string): string | null {
  if (!ipaddr.isValid(ip)) return `“${ip}” is not an IP address`;
  let addr = ipaddr.parse(ip);
  if (addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress())
    addr = (addr as ipaddr.IPv6).toIPv4Address();
  const range = addr.range();
  return range === "unicast" ? null : `${addr.toString()} is a ${describe(range)} address`;
}

function describe(range: string): string {
  const words: Record<string, string> = {
    loopback: "loopback",
    private: "private",
    linkLocal: "link-local (cloud metadata)",
    uniqueLocal: "private (unique-local)",
    carrierGradeNat: "carrier-grade NAT",
    multicast: "multicast",
    unspecified: "unspecified",
    broadcast: "broadcast",
  };
  return words[range] ?? `reserved (${range})`;
}
