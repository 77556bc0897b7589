// Terraform configuration benchmark (issue 14): a generated 500-file configuration (a root module
// of 450 files calling 5 local modules of 10 files each, with variables, locals, count, for_each
// and dynamic blocks), loaded by loadTerraformConfig (parse + evaluate + plan-shaped document),
// compared with parsing the same files alone. Prints the ratio; asserts nothing.
// `npm run bench` calls terraformConfigBench(); `node dist/bench/terraform-config.js` runs it alone.

import { pathToFileURL } from 'node:url';
import { loadTerraformConfig } from '../src/loaders/terraform/config/document.js';
import { parseHcl } from '../src/loaders/terraform/hcl/parser.js';
import { time, type BenchLine } from './loaders.js';

function rootFile(i: number): string {
  return `locals {
  name_${i} = "\${var.prefix}-\${format("%04d", ${i})}"
  ports_${i} = [22, 443, ${8000 + i}]
}

resource "aws_s3_bucket" "b${i}" {
  for_each = toset(["logs", "data", "tmp"])
  bucket   = "\${local.name_${i}}-\${each.key}"
  tags     = merge(var.tags, { index = "${i}" })
}

resource "aws_s3_bucket_versioning" "v${i}" {
  for_each = aws_s3_bucket.b${i}
  bucket   = each.value.id
  versioning_configuration {
    status = ${i % 3 === 0 ? '"Suspended"' : '"Enabled"'}
  }
}

resource "aws_security_group" "sg${i}" {
  count = var.enabled ? 1 : 0
  name  = local.name_${i}
  dynamic "ingress" {
    for_each = local.ports_${i}
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [cidrsubnet("10.0.0.0/8", 8, ${i % 256})]
    }
  }
}

module "m${i}" {
  source = "./modules/mod${i % 5}"
  name   = local.name_${i}
  size   = ${i % 7}
}
`;
}

function moduleFile(m: number, j: number): string {
  return `${j === 0 ? 'variable "name" {}\nvariable "size" { default = 1 }\n' : ''}
resource "aws_ebs_volume" "v${j}" {
  count             = var.size > ${j % 4} ? 1 : 0
  availability_zone = "eu-west-1a"
  size              = var.size * 10
  encrypted         = ${j % 2 === 0}
  tags = {
    Name = "\${var.name}-${m}-${j}"
  }
}
`;
}

export function terraformConfigSources(): Map<string, string> {
  const out = new Map<string, string>();
  out.set('live/variables.tf', 'variable "prefix" { default = "acme" }\nvariable "enabled" { default = true }\nvariable "tags" { default = { team = "platform" } }\n');
  for (let i = 0; i < 449; i++) out.set(`live/r${i}.tf`, rootFile(i));
  for (let m = 0; m < 5; m++) for (let j = 0; j < 10; j++) out.set(`live/modules/mod${m}/f${j}.tf`, moduleFile(m, j));
  return out;
}

export async function terraformConfigBench(): Promise<BenchLine[]> {
  const sources = terraformConfigSources();
  const bytes = [...sources.values()].reduce((n, t) => n + t.length, 0);
  // Warm both paths once so the JIT does not favour whichever runs second.
  for (const t of sources.values()) parseHcl(t);
  loadTerraformConfig('live', sources);
  const parse = time(() => {
    for (const t of sources.values()) if (parseHcl(t).errors.length) throw new Error('bench configuration does not parse');
  });
  const load = time(() => loadTerraformConfig('live', sources));
  const doc = load.value.documents[0];
  if (!doc || load.value.diagnostics.length) throw new Error(`bench configuration did not load cleanly: ${load.value.diagnostics[0]?.message}`);
  const n = (doc.data as { resource_changes: unknown[] }).resource_changes.length;
  const loc = time(() => doc.locate(['resource_changes', n - 1, 'change', 'after', 'encrypted']));
  if (loc.value.approximate) throw new Error('locate returned an approximate location');
  return [
    { name: `terraform configuration: ${sources.size} files, ${(bytes / 1024).toFixed(0)} KB, ${n} resource instances`, value: '' },
    { name: 'terraform configuration: parse only (parseHcl, every file)', value: `${parse.ms.toFixed(0)} ms cpu` },
    { name: 'terraform configuration: loadTerraformConfig (parse, evaluate, document)', value: `${load.ms.toFixed(0)} ms cpu` },
    { name: 'terraform configuration: ratio to parsing alone', value: `${(load.ms / parse.ms).toFixed(2)}x` },
    { name: 'terraform configuration: locate a module resource attribute', value: `${loc.ms.toFixed(2)} ms cpu` },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await terraformConfigBench()) console.log(`${l.name.padEnd(72)} ${l.value.padStart(12)}`);
}
