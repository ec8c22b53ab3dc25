/**
 * `plaudit user add|list|remove`: editors' accounts for the website. A password is read from standard input, never
 * from the command line, where other users of the machine and the shell history would see it.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { PlauditError } from '../../domain/errors.ts';
import type { UserRole } from '../../store/user-port.ts';
import { addUser, disableUser } from '../../use-cases/users.ts';
import { EXIT } from '../exit-codes.ts';
import { table } from '../format/table.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

async function readFirstLine(stdin: Readable): Promise<string> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function readPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  const tty = (io.stdin as Readable & { isTTY?: boolean }).isTTY === true;
  if (!fromStdin && !tty) {
    throw new PlauditError('invalid-argument', 'Give the password on standard input with --password-stdin (or run this in a terminal to be asked).');
  }
  // Prompted in a terminal: echo stays on (no raw-mode handling here), so say so rather than pretend otherwise.
  if (!fromStdin) io.stderr.write('Password (at least 10 characters; it is shown as you type): ');
  return readFirstLine(io.stdin);
}

export async function userAddCommand(
  name: string,
  options: { role: UserRole; passwordStdin?: boolean },
  io: CliIo,
  global: GlobalOptions,
): Promise<number> {
  const password = await readPassword(io, options.passwordStdin === true);
  return withApp(io, global, async (app) => {
    const user = await addUser(app.store, { name, role: options.role, password });
    writeLine(io.stdout, `Added ${user.role} "${user.name}" (id ${user.id}).`);
    return EXIT.ok;
  });
}

export async function userListCommand(io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const users = await app.store.listUsers();
    if (users.length === 0) {
      writeLine(io.stdout, 'No users. Add one with `plaudit user add NAME --role admin --password-stdin`.');
      return EXIT.ok;
    }
    const rows = users.map((u) => [u.id, u.name, u.role, u.createdAt, u.disabledAt === null ? 'active' : `disabled ${u.disabledAt}`]);
    writeLine(io.stdout, table(['id', 'name', 'role', 'created', 'status'], rows, { alignRight: [0] }));
    return EXIT.ok;
  });
}

export async function userRemoveCommand(name: string, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    await disableUser(app.store, name);
    writeLine(io.stdout, `Disabled user "${name}" and ended their sessions.`);
    return EXIT.ok;
  });
}
