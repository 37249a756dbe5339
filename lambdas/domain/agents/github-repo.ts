/**
 * A repository an agent works on (seed 001's `github_repo`): `Org/repo` as GitHub names it, or an
 * https git URL of any host. Stored as sent; nothing is cloned or fetched from it.
 */

const SHORT = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const HTTPS = /^https:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/[A-Za-z0-9._~/-]{1,300}$/;

export const isGithubRepo = (value: string): boolean => SHORT.test(value) || (HTTPS.test(value) && !value.includes('/../'));
