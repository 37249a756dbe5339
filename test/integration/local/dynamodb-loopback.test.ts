import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

/** The shared runtime's DynamoDB Local, started the way `npm start` starts it. */
const port = Number(new URL(process.env.AWS_ENDPOINT_URL_DYNAMODB as string).port);

const reachable = (host: string): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });

const otherAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((address) => address !== undefined && !address.internal && !address.address.startsWith('fe80:'))
  .map((address) => address!.address);

/** Linux's table of TCP sockets: the local addresses (hex, as the kernel prints them) listening on the port. */
const listeningAddresses = (): string[] =>
  ['/proc/net/tcp', '/proc/net/tcp6']
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === '0A')
    .map((fields) => (fields[1] ?? '').split(':'))
    .filter(([, hexPort]) => Number.parseInt(hexPort ?? '', 16) === port)
    .map(([address]) => address ?? '');

// 127.0.0.1 as the kernel prints it: plain IPv4, or IPv4-mapped IPv6.
const LOOPBACK = ['0100007F', '0000000000000000FFFF00000100007F'];

describe('DynamoDB Local in the local runtime', () => {
  it('answers on 127.0.0.1', async () => {
    expect(await reachable('127.0.0.1')).toBe(true);
  });

  it.each(otherAddresses.length ? otherAddresses : ['(this machine has no other address)'])(
    'refuses a connection from the network on %s, so nobody else can read or write the local table',
    async (address) => {
      if (!otherAddresses.length) return;
      expect(await reachable(address)).toBe(false);
    },
  );

  it('listens on the loopback address only, never on every interface', () => {
    if (!existsSync('/proc/net/tcp')) return;
    const listening = listeningAddresses();
    expect(listening.length).toBeGreaterThan(0);
    expect(listening.filter((address) => !LOOPBACK.includes(address))).toEqual([]);
  });
});
