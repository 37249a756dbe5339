/** The identity-provider group (and token claim) that makes a caller a platform operator; read by the authorizer and CDK. */
export const PLATFORM_ADMIN_GROUP = 'platform_admin';
