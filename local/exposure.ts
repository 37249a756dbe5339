import ipaddr from 'ipaddr.js';

/**
 * The local runtime serves a dev identity provider that mints a token for any email (a platform
 * operator's too) and SDK endpoints under `/__aws/*` that take events and state-machine calls
 * without credentials. Bound to anything but loopback, anyone on the network could use them, so it
 * refuses to start there unless the operator says `--unsafe-expose`.
 */

export const isLoopbackHost = (host: string): boolean => {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost') return true;
  if (!ipaddr.isValid(name)) return false;
  return ipaddr.process(name).range() === 'loopback';
};

/** Why the runtime must not start on `host`, or null when it may. */
export const exposureRefusal = (host: string, unsafeExpose: boolean): string | null =>
  isLoopbackHost(host) || unsafeExpose
    ? null
    : `--host ${host} is not a loopback address: ` +
      'the local identity provider (POST /local/token mints a token for anyone) and the /__aws/* endpoints ' +
      'would be reachable from the network; use --host 127.0.0.1, or add --unsafe-expose if you really mean it';
