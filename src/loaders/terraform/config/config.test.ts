import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../paths.js';
import type { Document, Route } from '../../types.js';
import { loadTerraformConfig, plain } from './document.js';
import { terraformRoots } from './roots.js';
import { SourceSet } from './sources.js';
import { UNKNOWN } from '../eval/values.js';

// A root module using variables (default, tfvars, -var, TF_VAR_), locals, count, for_each, a
// dynamic block and a local module with a nested module of its own.
const SOURCES = new Map<string, string>([
  [
    'infra/main.tf',
    `variable "env" {
  type    = string
  default = "dev"
}

variable "buckets" {
  type    = set(string)
  default = ["logs", "assets"]
}

variable "replicas" {
  type = number
}

variable "open_ports" {
  type    = list(number)
  default = [22, 443]
}

locals {
  prefix = "acme-\${var.env}"
  tags   = merge({ env = var.env }, { owner = "platform" })
}

resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = "\${local.prefix}-\${each.key}"
  tags     = local.tags
}

resource "aws_instance" "web" {
  count         = var.replicas
  ami           = "ami-123"
  instance_type = count.index == 0 ? "t3.large" : "t3.micro"
  subnet_id     = aws_subnet.main.id
}

resource "aws_security_group" "web" {
  name = "web"
  dynamic "ingress" {
    for_each = var.open_ports
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

module "store" {
  source = "./modules/store"
  name   = "\${local.prefix}-store"
  kms    = true
}

module "remote" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}
`,
  ],
  ['infra/terraform.tfvars', 'replicas = 1\n'],
  ['infra/prod.auto.tfvars', 'env = "prod"\n'],
  [
    'infra/modules/store/main.tf',
    `variable "name" {}
variable "kms" { default = false }

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.kms ? "Enabled" : "Suspended"
  }
}

module "keys" {
  source = "../keys"
  alias  = "alias/\${var.name}"
}

output "arn" { value = aws_s3_bucket.this.arn }
`,
  ],
  ['infra/modules/keys/main.tf', 'variable "alias" {}\nresource "aws_kms_key" "k" {\n  description = var.alias\n}\n'],
]);

type Plan = { resource_changes: Array<{ address: string; module_address?: string; index?: unknown; change: { after: Record<string, unknown>; after_unknown: Record<string, unknown> } }> };

function load(opts: Parameters<typeof loadTerraformConfig>[2] = {}) {
  const r = loadTerraformConfig('infra', SOURCES, opts);
  return { doc: r.documents[0]!, diagnostics: r.diagnostics, plan: r.documents[0]!.data as Plan };
}

const at = (doc: Document, route: Route) => {
  const l = doc.locate(route);
  const text = SOURCES.get(l.file)!;
  const lines = text.split('\n');
  return `${l.file}:${l.region.startLine}: ${lines[l.region.startLine - 1]!.trim()}`;
};

describe('terraform configuration without a plan: scenario', () => {
  const { doc, diagnostics, plan } = load({ terraformVars: [{ name: 'replicas', value: '2' }] });
  const byAddr = new Map(plan.resource_changes.map((r, i) => [r.address, i]));
  const rc = (a: string) => plan.resource_changes[byAddr.get(a)!]!;

  it('is one terraform-plan document with every instance address', () => {
    expect(doc.kind).toBe('terraform-plan');
    expect([...byAddr.keys()]).toEqual([
      'aws_s3_bucket.b["assets"]',
      'aws_s3_bucket.b["logs"]',
      'aws_instance.web[0]',
      'aws_instance.web[1]',
      'aws_security_group.web',
      'module.store.aws_s3_bucket.this',
      'module.store.aws_s3_bucket_versioning.this',
      'module.store.module.keys.aws_kms_key.k',
    ]);
    expect(rc('module.store.module.keys.aws_kms_key.k').module_address).toBe('module.store.module.keys');
    expect(rc('aws_s3_bucket.b["logs"]').index).toBe('logs');
  });

  it('evaluates variables (tfvars < auto.tfvars < -var), locals, functions and module inputs', () => {
    expect(rc('aws_s3_bucket.b["logs"]').change.after).toEqual({ bucket: 'acme-prod-logs', tags: { env: 'prod', owner: 'platform' } });
    expect(rc('aws_instance.web[1]').change.after.instance_type).toBe('t3.micro');
    expect(rc('module.store.aws_s3_bucket.this').change.after.bucket).toBe('acme-prod-store');
    expect(rc('module.store.aws_s3_bucket_versioning.this').change.after.versioning_configuration).toEqual([{ status: 'Enabled' }]);
    expect(rc('module.store.module.keys.aws_kms_key.k').change.after.description).toBe('alias/acme-prod-store');
  });

  it('leaves provider-computed values unknown, as a plan does', () => {
    expect(rc('aws_instance.web[0]').change.after_unknown).toEqual({ subnet_id: true });
    expect(rc('module.store.aws_s3_bucket_versioning.this').change.after_unknown).toEqual({ bucket: true });
    expect('subnet_id' in rc('aws_instance.web[0]').change.after).toBe(false);
  });

  it('expands dynamic blocks with their iterator', () => {
    const ingress = rc('aws_security_group.web').change.after.ingress as Array<Record<string, unknown>>;
    expect(ingress.map((i) => i.from_port)).toEqual([22, 443]);
  });

  it('lists references in configuration, as plans do', () => {
    const cfg = (doc.data as { configuration: { root_module: { module_calls: Record<string, { module?: { resources: Array<{ address: string; expressions: Record<string, unknown> }> } }> } } }).configuration.root_module;
    const v = cfg.module_calls.store!.module!.resources.find((r) => r.address === 'aws_s3_bucket_versioning.this')!;
    expect(v.expressions.bucket).toEqual({ references: ['aws_s3_bucket.this.id', 'aws_s3_bucket.this'] });
  });

  it.each([
    [['resource_changes', 'aws_s3_bucket.b["logs"]', 'change', 'after', 'bucket'], 'infra/main.tf:27: bucket   = "${local.prefix}-${each.key}"'],
    [['resource_changes', 'aws_s3_bucket.b["logs"]', 'change', 'after', 'tags', 'env'], 'infra/main.tf:28: tags     = local.tags'],
    [['resource_changes', 'aws_instance.web[1]', 'change', 'after', 'instance_type'], 'infra/main.tf:34: instance_type = count.index == 0 ? "t3.large" : "t3.micro"'],
    [['resource_changes', 'aws_security_group.web', 'change', 'after', 'ingress', 1, 'cidr_blocks', 0], 'infra/main.tf:47: cidr_blocks = ["0.0.0.0/0"]'],
    [['resource_changes', 'aws_security_group.web', 'change', 'after', 'ingress', 1], 'infra/main.tf:43: content {'],
    [['resource_changes', 'module.store.aws_s3_bucket_versioning.this', 'change', 'after', 'versioning_configuration', 0, 'status'], 'infra/modules/store/main.tf:11: status = var.kms ? "Enabled" : "Suspended"'],
    [['resource_changes', 'module.store.module.keys.aws_kms_key.k', 'change', 'after'], 'infra/modules/keys/main.tf:2: resource "aws_kms_key" "k" {'],
    [['resource_changes', 'aws_instance.web[0]', 'change', 'after', 'monitoring'], 'infra/main.tf:31: resource "aws_instance" "web" {'],
    [['configuration', 'root_module', 'module_calls', 'store', 'expressions', 'name'], 'infra/main.tf:52: module "store" {'],
  ] as Array<[Route, string]>)('%j → %s', (route, want) => {
    const r = [...route];
    if (r[0] === 'resource_changes') r[1] = byAddr.get(String(r[1]))!;
    expect(at(doc, r)).toBe(want);
  });

  it('marks a route deeper than the source knows as approximate', () => {
    const l = doc.locate(['resource_changes', byAddr.get('aws_s3_bucket.b["logs"]')!, 'change', 'after', 'tags', 'env']);
    expect(l.approximate?.resolved).toEqual(['resource_changes', byAddr.get('aws_s3_bucket.b["logs"]')!, 'change', 'after', 'tags']);
  });

  it('gives resourceAt the instance address', () => {
    expect(doc.resourceAt!(['resource_changes', byAddr.get('aws_instance.web[1]')!, 'change', 'after'])).toBe('aws_instance.web[1]');
  });

  it('says once that a registry module is not downloaded', () => {
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['input_unresolved', 'note', 58]]);
    expect(diagnostics[0]!.message).toContain('module "remote"');
  });
});

describe('variables', () => {
  it('TF_VAR_ is the lowest precedence; a complex type is parsed as HCL', () => {
    const { plan } = load({ env: { TF_VAR_replicas: '3', TF_VAR_open_ports: '[8080]' } });
    expect(plan.resource_changes.filter((r) => r.address.startsWith('aws_instance.web'))).toHaveLength(1); // terraform.tfvars wins
    const sg = plan.resource_changes.find((r) => r.address === 'aws_security_group.web')!;
    expect((sg.change.after.ingress as Array<{ from_port: number }>).map((i) => i.from_port)).toEqual([8080]);
  });
  it('-var-file applies in order with -var', () => {
    const src = new Map(SOURCES);
    src.set('vars/ci.tfvars', 'replicas = 4\nenv = "ci"\n');
    const r = loadTerraformConfig('infra', src, { terraformVars: [{ file: 'vars/ci.tfvars' }, { name: 'env', value: 'qa' }] });
    const rcs = (r.documents[0]!.data as Plan).resource_changes;
    expect(rcs.filter((x) => x.address.startsWith('aws_instance.web'))).toHaveLength(4);
    expect(rcs[0]!.change.after.bucket).toBe('acme-qa-assets');
  });
  it('an unset variable without a default is unknown, and count over it gives one instance', () => {
    const src = new Map(SOURCES);
    src.delete('infra/terraform.tfvars');
    const r = loadTerraformConfig('infra', src);
    const rcs = (r.documents[0]!.data as Plan).resource_changes;
    expect(rcs.filter((x) => x.address.startsWith('aws_instance.web')).map((x) => x.address)).toEqual(['aws_instance.web']);
    // terraform plan would stop at it: a note says the block was checked once.
    const note = r.diagnostics.find((d) => d.message.startsWith('count is not known before apply'))!;
    expect([note.file, note.severity, SOURCES.get('infra/main.tf')!.split('\n')[note.line - 1]!.trim().startsWith('count')]).toEqual(['infra/main.tf', 'note', true]);
  });
});

describe('discovery of roots', () => {
  const set = new SourceSet(SOURCES);
  it('a module folder is not a root; a change in it evaluates the roots that call it', () => {
    expect(terraformRoots(['infra/main.tf', 'infra/modules/store/main.tf'], set, new Set())).toEqual(['infra']);
    expect(terraformRoots(['infra/modules/keys/main.tf'], set, new Set())).toEqual(['infra']);
  });
  it('a plan for the folder wins', () => {
    expect(terraformRoots(['infra/main.tf'], set, new Set(['infra']))).toEqual([]);
  });
});

describe('broken and cyclic configurations', () => {
  it('broken HCL is a diagnostic at file:line:col with a fix, and the other files still load', () => {
    const r = loadTerraformConfig('x', new Map([['x/a.tf', 'resource "aws_s3_bucket" "a" {\n  bucket = \n}\n'], ['x/b.tf', 'resource "aws_s3_bucket" "b" {\n  bucket = "ok"\n}\n']]));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: 'x/a.tf', line: 2, code: 'input_parse_error' });
    expect(r.diagnostics[0]!.fix).toBeTruthy();
    expect((r.documents[0]!.data as Plan).resource_changes.map((x) => x.address)).toEqual(['aws_s3_bucket.b']);
  });
  it('a module that calls itself is reported and evaluated once', () => {
    const r = loadTerraformConfig('m', new Map([['m/main.tf', 'module "self" {\n  source = "./"\n}\nmodule "loop" {\n  source = "./sub"\n}\n'], ['m/sub/main.tf', 'module "back" {\n  source = "../sub"\n}\nresource "aws_kms_key" "k" {}\n']]));
    expect((r.documents[0]!.data as Plan).resource_changes.map((x) => x.address)).toEqual(['module.loop.aws_kms_key.k']);
    expect(r.diagnostics.some((d) => d.message.includes('calls itself'))).toBe(true);
  });
  it('reference cycles between locals are unknown, not a hang', () => {
    const r = loadTerraformConfig('c', new Map([['c/main.tf', 'locals {\n  a = local.b\n  b = local.a\n}\nresource "aws_kms_key" "k" {\n  description = local.a\n}\n']]));
    expect((r.documents[0]!.data as Plan).resource_changes[0]!.change.after_unknown).toEqual({ description: true });
  });
  it('.tf.json declares resources like .tf', () => {
    const r = loadTerraformConfig('j', new Map([['j/main.tf.json', '{"resource": {"aws_s3_bucket": {"b": {"bucket": "${upper(\\"x\\")}", "versioning": {"enabled": true}, "tags": {"a": "b"}}}}}']]));
    const rc0 = (r.documents[0]!.data as Plan).resource_changes[0]!;
    expect(rc0.change.after).toEqual({ bucket: 'X', tags: { a: 'b' }, versioning: [{ enabled: true }] });
    expect(r.documents[0]!.locate(['resource_changes', 0, 'change', 'after', 'bucket']).region.startColumn).toBe(39);
  });
});

describe('override files', () => {
  const base = `variable "env" {
  default = "dev"
}

locals {
  name = "acme-\${var.env}"
}

resource "aws_security_group" "web" {
  name = local.name
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
  tags = { team = "web" }
}
`;
  const sources = new Map([
    ['o/main.tf', base],
    ['o/b_override.tf', 'resource "aws_security_group" "web" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n'],
    ['o/a_override.tf', 'variable "env" {\n  default = "prod"\n}\n\nresource "aws_security_group" "web" {\n  tags = { team = "edge" }\n}\n'],
    ['o/override.tf', 'locals {\n  name = "x-\${var.env}"\n}\n\nresource "aws_s3_bucket" "nowhere" {\n  bucket = "b"\n}\n'],
  ]);
  const r = loadTerraformConfig('o', sources);
  const doc = r.documents[0]!;
  const sg = (doc.data as Plan).resource_changes.find((x) => x.address === 'aws_security_group.web')!;

  it('merge as Terraform merges them: arguments one by one, nested blocks of a type replaced, in file-name order', () => {
    expect(sg.change.after.name).toBe('x-prod'); // override.tf's local, a_override.tf's variable default
    expect(sg.change.after.tags).toEqual({ team: 'edge' });
    expect((sg.change.after.ingress as Array<{ cidr_blocks: string[] }>).map((i) => i.cidr_blocks)).toEqual([['0.0.0.0/0']]);
    expect((doc.data as Plan).resource_changes.map((x) => x.address)).toEqual(['aws_security_group.web']);
  });
  it('locate a merged-in value in the override file that set it', () => {
    const i = (doc.data as Plan).resource_changes.indexOf(sg);
    const at = doc.locate(['resource_changes', i, 'change', 'after', 'ingress', 0, 'cidr_blocks', 0]);
    expect([at.file, at.region.startLine]).toEqual(['o/b_override.tf', 6]);
    expect(doc.locate(['resource_changes', i, 'change', 'after', 'name']).file).toBe('o/main.tf');
  });
  it('an override of something never declared is a warning, as Terraform rejects it', () => {
    expect(r.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([['o/override.tf', 5, 'warning']]);
  });
});

describe('file functions', () => {
  // Files the configuration reads, by scan-root-relative path; the loader's caller is the edge.
  const files = new Map<string, string>([
    ['f/policy.json', '{"Statement": []}'],
    ['f/user-data.tpl', '#!/bin/sh\necho ${name} %{ if admin }admin%{ endif }\n'],
    ['f/modules/k/key.pem', 'KEY'],
  ]);
  const readFile = (rel: string) => (files.has(rel) ? new TextEncoder().encode(files.get(rel)!) : undefined);
  const sources = new Map([
    [
      'f/main.tf',
      `resource "aws_iam_policy" "p" {
  policy = file("policy.json")
}
resource "aws_instance" "i" {
  user_data        = templatefile("\${path.module}/user-data.tpl", { name = "web", admin = true })
  user_data_base64 = filebase64("policy.json")
  monitoring       = fileexists("missing.txt")
}
resource "aws_s3_object" "o" {
  content = file("../../etc/passwd")
}
module "k" {
  source = "./modules/k"
}
`,
    ],
    ['f/modules/k/main.tf', 'resource "aws_key_pair" "k" {\n  public_key = file("\${path.module}/key.pem")\n}\n'],
  ]);
  const after = (r: ReturnType<typeof loadTerraformConfig>, address: string) => (r.documents[0]!.data as Plan).resource_changes.find((x) => x.address === address)!.change;

  it('read files inside the scanned root, relative to the root module as Terraform resolves them', () => {
    const r = loadTerraformConfig('f', sources, { readFile });
    expect(after(r, 'aws_iam_policy.p').after.policy).toBe('{"Statement": []}');
    expect(after(r, 'aws_instance.i').after).toMatchObject({ user_data: '#!/bin/sh\necho web admin\n', user_data_base64: btoa('{"Statement": []}'), monitoring: false });
    expect(after(r, 'module.k.aws_key_pair.k').after.public_key).toBe('KEY');
  });
  it('leave a path outside the root unread and unknown, with a note', () => {
    const r = loadTerraformConfig('f', sources, { readFile });
    expect(after(r, 'aws_s3_object.o').after_unknown).toEqual({ content: true });
    expect(r.diagnostics.filter((d) => d.message.includes('outside the scanned root')).map((d) => [d.file, d.severity])).toEqual([['f/main.tf', 'note']]);
  });
  it('are unknown when the caller gives no reader', () => {
    expect(after(loadTerraformConfig('f', sources), 'aws_iam_policy.p').after_unknown).toEqual({ policy: true });
  });
});

describe('plain (plan shape of values)', () => {
  it('drops unknown object members into after_unknown and nulls unknown list elements', () => {
    expect(plain({ a: 1, b: UNKNOWN, c: [UNKNOWN, 2] })).toEqual({ after: { a: 1, c: [null, 2] }, unknown: { b: true, c: [true, false] } });
  });
});

const terragoat = join(PACKAGE_ROOT, '..', 'shared', 'corpora', 'terraform-configs', 'terragoat');
describe.skipIf(!existsSync(terragoat))('terragoat (skipped: ../shared/corpora/terraform-configs absent)', () => {
  it('every resource block is loaded with its address and an exact location', () => {
    const files = fg.sync('**/*.tf', { cwd: terragoat });
    const sources = new Map(files.map((f) => [f, readFileSync(join(terragoat, f), 'utf8')]));
    const set = new SourceSet(sources);
    const roots = terraformRoots(files, set, new Set());
    let blocks = 0;
    let instances = 0;
    for (const root of roots) {
      const r = loadTerraformConfig(root, set);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const doc = r.documents[0]!;
      const rcs = (doc.data as Plan).resource_changes;
      instances += rcs.length;
      rcs.forEach((rc, i) => {
        const l = doc.locate(['resource_changes', i, 'change', 'after']);
        expect(l.approximate).toBeUndefined();
        const line = sources.get(l.file)!.split('\n')[l.region.startLine - 1]!;
        expect(line).toMatch(new RegExp(`^resource\\s+"?${rc.address.split('.').slice(-2)[0]}"?\\s`));
      });
    }
    for (const t of sources.values()) blocks += (t.match(/^resource\s+"/gm) ?? []).length;
    expect(instances).toBeGreaterThanOrEqual(blocks - 5); // count = 0 resources have no instance
  });
});

describe('data sources the provider computes locally', () => {
  it('aws_iam_policy_document renders its statements to .json; unknown inputs keep it unknown', () => {
    const tf = `data "aws_iam_policy_document" "p" {
  statement {
    sid       = "DenyHttp"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::b/*", "arn:aws:s3:::b"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
data "aws_iam_policy_document" "later" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.b.arn}/*"]
  }
}
resource "aws_s3_bucket_policy" "known" {
  bucket = "b"
  policy = data.aws_iam_policy_document.p.json
}
resource "aws_s3_bucket_policy" "unknown" {
  bucket = "b"
  policy = data.aws_iam_policy_document.later.json
}
`;
    const r = loadTerraformConfig('d', new Map([['d/main.tf', tf]]));
    const [known, unknown] = (r.documents[0]!.data as Plan).resource_changes;
    expect(JSON.parse(known!.change.after.policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'DenyHttp', Effect: 'Deny', Action: 's3:*', Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::b'], Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
    });
    expect(unknown!.change.after_unknown).toEqual({ policy: true });
  });
});
