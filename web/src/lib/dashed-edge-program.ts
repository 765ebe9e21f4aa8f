// A sigma edge program drawing dashed arrows: how the network shows relations that are only
// hedged or attributed ("reportedly", "X claimed"), apart from asserted ones drawn solid.
import { createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram, type EdgeProgramType } from 'sigma/rendering';

/** Dash period as a share of the viewport's half-width (clip space): about 14 px on a 1,400 px canvas. */
const DASHES_PER_CLIP_UNIT = 50.0;

function withDashes(vertex: string, fragment: string): { vertex: string; fragment: string } {
  const along = 'v_along = a_positionCoef * length((u_matrix * vec3(a_positionEnd, 1.0)).xy - (u_matrix * vec3(a_positionStart, 1.0)).xy);';
  const v = vertex.replace('void main() {', 'varying float v_along;\nvoid main() {').replace(/}\s*$/, `  ${along}\n}\n`);
  const f = fragment.replace('void main(void) {', 'void main() {').replace('void main() {',
    // Gaps are drawn, not picked: a click between two dashes still selects the edge.
    `varying float v_along;\nvoid main() {\n  #ifndef PICKING_MODE\n  if (mod(v_along * ${DASHES_PER_CLIP_UNIT.toFixed(1)}, 2.0) > 1.1) discard;\n  #endif`);
  return { vertex: v, fragment: f };
}

interface ShaderDefinition { VERTEX_SHADER_SOURCE: string; FRAGMENT_SHADER_SOURCE: string }
// sigma types the generated class opaquely; its getDefinition() is what we patch.
const Clamped = createEdgeClampedProgram() as unknown as new (...args: never[]) => { getDefinition(): ShaderDefinition };

class DashedClampedProgram extends Clamped {
  override getDefinition() {
    const definition = super.getDefinition();
    const { vertex, fragment } = withDashes(definition.VERTEX_SHADER_SOURCE, definition.FRAGMENT_SHADER_SOURCE);
    return { ...definition, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment };
  }
}

export const DashedArrowProgram = createEdgeCompoundProgram([DashedClampedProgram as unknown as EdgeProgramType, createEdgeArrowHeadProgram()]);
