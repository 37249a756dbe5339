/** The live tests' global setup records the running platform in a file whose path travels in this variable to the workers. */
export const RUNTIME_FILE_ENV = 'AGENT_PLATFORM_TEST_RUNTIME';

export interface RuntimeInfo {
  url: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  pid: number;
}
