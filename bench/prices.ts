/**
 * On-demand list prices in US dollars, for pricing the AWS calls each route makes. Region us-east-1
 * (eu-west-1, the default deployment region, is within a few percent for each). Read from the AWS
 * pricing pages in 2026-12; check them before relying on a figure.
 */
export const PRICES = {
  source: 'aws.amazon.com/{api-gateway,lambda,dynamodb,s3,step-functions,eventbridge,sqs}/pricing, us-east-1, read 2026-12',
  /** REST API, first 333 million requests a month. */
  apiGatewayRestPerMillion: 3.5,
  lambdaRequestsPerMillion: 0.2,
  /** Arm (Graviton), first 6 billion GB-seconds a month. */
  lambdaArmPerGbSecond: 0.0000133334,
  dynamoDbPerMillionReadUnits: 0.125,
  dynamoDbPerMillionWriteUnits: 0.625,
  s3PerThousandWrites: 0.005,
  s3PerThousandReads: 0.0004,
  stepFunctionsStandardPerThousandTransitions: 0.025,
  eventBridgePerMillionEvents: 1,
  sqsPerMillionRequests: 0.4,
} as const;
