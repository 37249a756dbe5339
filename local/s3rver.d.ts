/** s3rver ships no types; this is the part of its API the local runtime uses. */
declare module 's3rver' {
  interface S3rverOptions {
    address?: string;
    port?: number;
    directory: string;
    silent?: boolean;
    resetOnClose?: boolean;
    configureBuckets?: { name: string }[];
  }
  /** One object change: the shape of an S3 notification record. */
  export interface S3rverRecord {
    eventName: string;
    eventTime: string;
    s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer?: string } };
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    /** s3rver is a Koa app: `event` carries an S3 notification (`{ Records: [...] }`) per object change. */
    on(event: 'event', listener: (event: { Records: S3rverRecord[] }) => void): this;
    /** Koa's middleware stack, composed when `run()` listens. */
    middleware: ((context: never, next: () => Promise<unknown>) => unknown)[];
  }
}

declare module 's3rver/lib/models/account' {
  /** The accounts and keys s3rver accepts (it checks that a request's key exists, not its signature). */
  export const DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
}
