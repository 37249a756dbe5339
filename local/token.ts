import { parseArgs } from 'node:util';
import { mintDevToken } from './identity';

/** `npm run token -- --email alice@example.com [--sub id] [--platform-admin] [--unverified]`: prints one JWT and nothing else. */

const usage = 'usage: npm run token -- --email alice@example.com [--sub <id>] [--platform-admin] [--unverified]\n';

const readArgs = () => {
  try {
    return parseArgs({
      options: {
        email: { type: 'string' },
        sub: { type: 'string' },
        'platform-admin': { type: 'boolean', default: false },
        unverified: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return process.exit(2);
  }
};

const values = readArgs();
if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email)) {
  process.stderr.write(usage);
  process.exit(2);
}

mintDevToken({ email: values.email, sub: values.sub, platform_admin: values['platform-admin'], email_verified: !values.unverified }).then(
  (token) => {
    process.stdout.write(`${token}\n`);
  },
);
