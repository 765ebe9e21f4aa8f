// Bearer-token auth for the HTTP API: once a token is set, every request needs
// "Authorization: Bearer <token>" except the web UI's static files, which hold no data.
import { BlockList, isIP } from 'node:net';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface AuthOptions {
  token: string;
  /** Route patterns served without a token: the static UI files (see @fastify/static's wildcard route). */
  publicRoutes?: readonly string[];
}

export const DEFAULT_PUBLIC_ROUTES: readonly string[] = ['/*'];

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Whether listening on `host` keeps the server to this machine: 127.0.0.0/8, ::1 or "localhost". */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (h === 'localhost') return true;
  const family = isIP(h);
  if (family === 4) return LOOPBACK.check(h, 'ipv4');
  if (family === 6) return LOOPBACK.check(h, 'ipv6'); // ::1, and ::ffff:127.x.x.x by the IPv4 subnet
  return false;
}

/** A fresh token: 24 random bytes, base64url (32 characters). */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison: both sides are hashed first, so neither length nor content leaks. */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The onRequest hook. It runs after routing and before the body is read, so an unauthorised
 * client cannot make the server buffer a large body, and it decides by the matched route pattern
 * rather than the raw URL ("/%61pi/documents" is routed to /api/documents, and is refused too).
 */
export function requireToken(o: AuthOptions): (req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined> {
  if (!o.token) throw new TypeError('auth.token: expected a non-empty string');
  const open = new Set(o.publicRoutes ?? DEFAULT_PUBLIC_ROUTES);
  return async (req, reply) => {
    const route = req.routeOptions.url;
    if (route !== undefined && open.has(route) && (req.method === 'GET' || req.method === 'HEAD')) return undefined;
    const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '')?.[1];
    if (given !== undefined && tokenMatches(given, o.token)) return undefined;
    return reply.status(401).header('www-authenticate', 'Bearer realm="factiongraph"')
      .send({ error: 'unauthorized', message: given === undefined ? 'this server requires "Authorization: Bearer <token>"' : 'wrong token' });
  };
}
