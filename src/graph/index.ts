// Stage "graph": claims merged across documents into edges with provenance and time; actor profiles.
export { edges, graph, nodes, type DescribeActor, type Edge, type EdgeQuery, type Graph, type GraphNode } from './edges.ts';
export { actorProfile, type ActorProfile } from './profile.ts';
export { listClaims, type ClaimListQuery, type ListedClaim } from './claim-list.ts';
