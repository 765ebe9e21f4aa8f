// Descriptions that stand for an actor: "Baghdadi's organization" is the group Baghdadi leads;
// "al Qaeda's official branch in Syria" is the actor it stands in apposition to, or else the
// knowledge base's affiliate of al Qaeda in Syria at the publication date.
import type { LoadedKnowledge, ActorEntry } from '../knowledge/index.ts';
import { sharedRegExp } from '../text/index.ts';

export interface DescriptionPatterns { followers: Set<string>; branch: RegExp; countries: Map<string, string> }
export interface NamedSpan { actor: string; start: number; end: number }
export interface Description { actor: string; start: number; end: number; rule: 'leader_possessive' | 'branch_in_country' }

export function compileDescriptions(k: LoadedKnowledge, raw: { follower_nouns: string[]; branch_nouns: string[]; branch_qualifiers: string[] }): DescriptionPatterns {
  const countries = new Map<string, string>();
  for (const a of k.actors) if (a.kind === 'state') for (const n of a.countryNames) countries.set(n.toLowerCase(), a.countries[0] ?? '');
  const alt = (xs: string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return {
    followers: new Set(raw.follower_nouns.map((x) => x.toLowerCase())),
    branch: sharedRegExp(`^(?:['’]s\\s+)?(?:(?:${alt(raw.branch_qualifiers)})\\s+)?(?:${alt(raw.branch_nouns)})\\s+(?:in|for)\\s+(?:the\\s+)?(${alt([...countries.keys()].map((c) => c.replace(/^./, (x) => x.toUpperCase())))})\\b`),
    countries,
  };
}

export function findDescriptions(text: string, named: readonly NamedSpan[], k: LoadedKnowledge, p: DescriptionPatterns, year: number | null): Description[] {
  const out: Description[] = [];
  for (const n of named) {
    const entry = k.byId.get(n.actor);
    if (!entry) continue;
    const rest = text.slice(n.end, n.end + 80);
    if (entry.kind === 'person') {
      const m = /^['’]s\s+([a-z]+)/.exec(rest);
      if (m && p.followers.has(m[1]!)) {
        const group = ledBy(entry, year);
        if (group) out.push({ actor: group, start: n.start, end: n.end + m[0].length, rule: 'leader_possessive' });
      }
      continue;
    }
    const m = p.branch.exec(rest);
    if (!m) continue;
    const before = text.slice(Math.max(0, n.start - 6), n.start);
    const start = /\bthe\s+$/i.test(before) ? n.start - (before.length - before.search(/the\s+$/i)) : n.start;
    const end = n.end + m[0].length;
    const apposed = named.find((o) => o.actor !== n.actor && /^\s*,\s*(?:an?\s+|the\s+)?$/.test(text.slice(o.end, start)) && k.byId.get(o.actor)?.kind !== 'person');
    const code = p.countries.get(m[1]!.toLowerCase()) ?? '';
    const actor = apposed?.actor ?? branchOf(k, n.actor, code, year);
    if (actor) out.push({ actor, start, end, rule: 'branch_in_country' });
  }
  return out;
}

/** The group a person leads at the year (or last led), from leader_of facts. */
function ledBy(person: ActorEntry, year: number | null): string | null {
  const facts = person.facts.filter((f) => f.type === 'leader_of');
  const now = facts.filter((f) => year == null || ((f.from ?? -Infinity) <= year && year <= (f.to ?? Infinity)));
  const pick = (now.length ? now : facts).sort((a, b) => (b.from ?? 0) - (a.from ?? 0))[0];
  return pick?.target ?? null;
}

/**
 * The one actor that is an affiliate or member of the parent in that country at the year. A fact
 * whose years are known and cover the year outranks one without years.
 */
function branchOf(k: LoadedKnowledge, parent: string, country: string, year: number | null): string | null {
  const ranked = k.actors.flatMap((a) => {
    if (!a.countries.includes(country)) return [];
    const facts = a.facts.filter((f) => (f.type === 'affiliate_of' || f.type === 'member_of') && f.target === parent
      && (year == null || ((f.from ?? -Infinity) <= year && year <= (f.to ?? Infinity))));
    if (!facts.length) return [];
    return [{ id: a.id, dated: facts.some((f) => f.from != null) ? 1 : 0 }];
  });
  const top = Math.max(...ranked.map((r) => r.dated));
  const best = ranked.filter((r) => r.dated === top);
  return best.length === 1 ? best[0]!.id : null;
}
