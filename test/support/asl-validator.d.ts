/** asl-validator ships no types: the one call the tests make. */
declare module 'asl-validator' {
  interface ValidationResult {
    isValid: boolean;
    errors: unknown[];
    errorsText: (separator?: string) => string;
  }
  const validator: (definition: unknown, options?: { checkArn?: boolean; checkPaths?: boolean }) => ValidationResult;
  export default validator;
}
