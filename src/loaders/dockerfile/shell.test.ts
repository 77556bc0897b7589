import { describe, expect, it } from 'vitest';
import { commandOf, runCommands, shellCommands } from './shell.js';

const argvs = (...a: Parameters<typeof runCommands>) => runCommands(...a).map((c) => c.argv);

describe('shellCommands', () => {
  it('splits at &&, ||, ;, |, & and newlines, outside quotes', () => {
    expect(shellCommands(`apt-get update && apt-get install -y "a b" || echo 'x && y'; curl -fsSL u | sh & wait\nls`)).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'a b'],
      ['echo', 'x && y'],
      ['curl', '-fsSL', 'u'],
      ['sh'],
      ['wait'],
      ['ls'],
    ]);
  });
  it('drops redirections, file descriptors and comments, keeps escaped characters', () => {
    expect(shellCommands('make 2>&1 >/dev/null # build it\necho a\\ b > out.txt')).toEqual([['make'], ['echo', 'a b']]);
  });
  it('skips words that open compound commands', () => {
    expect(shellCommands('if [ -f x ]; then rm -f x; fi')).toEqual([['[', '-f', 'x', ']'], ['rm', '-f', 'x']]);
  });
  it('reads sh -c scripts and command substitutions as further commands', () => {
    expect(shellCommands(`bash -ec "curl -k https://x | tar xz" && echo $(wget -q -O- u)`)).toEqual([
      ['bash', '-ec', 'curl -k https://x | tar xz'],
      ['curl', '-k', 'https://x'],
      ['tar', 'xz'],
      ['echo', '$(wget -q -O- u)'],
      ['wget', '-q', '-O-', 'u'],
    ]);
  });
  it('double quotes honour backslash escapes only for special characters', () => {
    expect(shellCommands(`echo "a\\"b\\n$HOME"`)).toEqual([['echo', 'a"b\\n$HOME']]);
  });
});

describe('runCommands', () => {
  it('exec form is one command, its sh -c script is read too', () => {
    expect(argvs(['pip', 'install', 'x'], true, [])).toEqual([['pip', 'install', 'x']]);
    expect(argvs(['/bin/sh', '-c', 'a; b'], true, [])).toEqual([['/bin/sh', '-c', 'a; b'], ['a'], ['b']]);
  });
  it('a heredoc is read as a script only when a shell reads it', () => {
    expect(argvs(['<<EOF'], false, [{ body: 'apk add curl\n' }])).toEqual([['apk', 'add', 'curl']]);
    expect(argvs(['python3 <<EOF'], false, [{ body: 'import os\n' }])).toEqual([['python3']]);
  });
});

describe('commandOf', () => {
  it('argv skips assignments and wrappers with their options', () => {
    expect(commandOf(['DEBIAN_FRONTEND=noninteractive', 'sudo', '-E', '-u', 'app', 'env', 'A=1', 'apt-get', 'install']).argv).toEqual(['apt-get', 'install']);
    expect(commandOf(['gosu', 'app', 'npm', 'ci']).argv).toEqual(['npm', 'ci']);
    expect(commandOf(['NODE_TLS_REJECT_UNAUTHORIZED=0']).argv).toEqual([]);
  });
  it('marks commands whose output is piped', () => {
    expect(runCommands(['curl -fsSL u | tar xz || true'], false, []).map((c) => c.piped)).toEqual([true, false, false]);
  });
});
