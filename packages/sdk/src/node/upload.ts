import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ConnectionError, errorFor } from '../errors';

/**
 * PUTs bytes to a presigned URL with node:http(s), written in chunks so that progress can be
 * reported as the socket takes them — which `fetch` cannot do for a request body.
 */

const CHUNK_BYTES = 64 * 1024;

export type UploadProgress = (sent: number, total: number) => void;

export const uploadInChunks = (
  url: string,
  body: Uint8Array,
  headers: Record<string, string>,
  onProgress?: UploadProgress,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(target, { method: 'PUT', headers: { 'content-length': String(body.byteLength), ...headers } }, (response) => {
      const answer: Buffer[] = [];
      response.on('data', (chunk: Buffer) => answer.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve();
        reject(
          errorFor({
            status,
            code: 'UPLOAD_FAILED',
            message: Buffer.concat(answer).toString('utf8').slice(0, 200) || response.statusMessage || `HTTP ${status}`,
          }),
        );
      });
    });
    request.on('error', (cause) => reject(new ConnectionError({ status: 0, code: 'CONNECTION_ERROR', message: cause.message })));
    let sent = 0;
    const writeMore = (): void => {
      while (sent < body.byteLength) {
        const chunk = body.subarray(sent, sent + CHUNK_BYTES);
        sent += chunk.byteLength;
        const roomForMore = request.write(chunk);
        onProgress?.(sent, body.byteLength);
        if (!roomForMore) {
          request.once('drain', writeMore);
          return;
        }
      }
      request.end();
    };
    onProgress?.(0, body.byteLength);
    writeMore();
  });
