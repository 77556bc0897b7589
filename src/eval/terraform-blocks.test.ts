import { describe, expect, it } from 'vitest';
import { blockEndingFrom, blockExtents, unloadedModuleAround } from './terraform-blocks.js';

const TF = `module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  default_network_acl_ingress = [{ cidr_block = "0.0.0.0/0" }]
}

resource "aws_kms_key" "k" {
  description = "k"
  policy {
    enabled = false
  }
}
`;

describe('KICS label geometry in .tf files', () => {
  const extents = blockExtents(TF);
  it('gives every block, nested ones too, its line extent', () => {
    expect(extents.map((b) => [b.type, b.startLine, b.endLine, b.depth])).toEqual([
      ['module', 1, 4, 0],
      ['resource', 6, 11, 0],
      ['policy', 8, 10, 1],
    ]);
  });
  it('a label on a block opening line spans the block; other lines span nothing', () => {
    expect(blockEndingFrom(extents, 6)).toBe(11);
    expect(blockEndingFrom(extents, 8)).toBe(10);
    expect(blockEndingFrom(extents, 7)).toBeUndefined();
  });
  it('a label inside a module call the scan could not load is found, only for such calls', () => {
    expect(unloadedModuleAround(extents, 3, new Set([1]))?.startLine).toBe(1);
    expect(unloadedModuleAround(extents, 3, new Set())).toBeUndefined();
    expect(unloadedModuleAround(extents, 7, new Set([1]))).toBeUndefined();
  });
});
