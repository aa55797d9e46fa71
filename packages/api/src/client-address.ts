// The client's address for per-address limits: the connection's peer, unless the peer is a proxy
// the operator listed, in which case X-Forwarded-For is read from the right, past every listed
// proxy, to the first address that is not one. A header from anyone else is ignored: otherwise
// one header per request would give a client a fresh address each time.
import { BlockList, isIP } from "node:net";

/** IPv4 addresses arrive as "::ffff:203.0.113.9" on a dual-stack socket. */
function normalise(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The proxies to trust, from addresses and CIDR ranges ("10.0.0.0/8", "::1"). Throws on an entry
 * that is neither, so a typo fails at start rather than trusting nothing (or everything).
 */
export function parseTrustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = "", prefix, ...rest] = entry.split("/");
    const ip = normalise(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const max = isIP(ip) === 6 ? 128 : 32;
    if (!isIP(ip) || rest.length > 0 || (bits !== null && (!/^\d+$/.test(prefix!) || bits > max))) {
      throw new Error(`not an IP address or CIDR range: "${entry}"`);
    }
    if (bits === null) list.addAddress(ip, family(ip));
    else list.addSubnet(ip, bits, family(ip));
  }
  return list;
}

/** Whether an address is one of the trusted proxies. */
function isTrusted(address: string, proxies: BlockList | null): boolean {
  return proxies !== null && isIP(address) !== 0 && proxies.check(address, family(address));
}

/**
 * The client's address: `peer` (the connection's) unless it is a trusted proxy; then the
 * right-most X-Forwarded-For entry that is not a trusted proxy (or the left-most one if all are).
 * Null when the peer is unknown or the forwarded chain is not made of addresses.
 */
export function resolveClientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null,
  proxies: BlockList | null,
): string | null {
  if (!peer || !isIP(normalise(peer))) return null;
  let client = normalise(peer);
  if (!isTrusted(client, proxies) || !forwardedFor) return client;
  const hops = forwardedFor.split(",").map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) return null;
    client = hop;
    if (!isTrusted(hop, proxies)) return hop;
  }
  return client;
}
