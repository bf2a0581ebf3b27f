/**
 * Stands in for ioredis in the built Storybook, whose sandbox runs in the page with the memory store:
 * the proxy's store module imports ioredis for `REDIS_URL`, and ioredis needs Node's sockets.
 */
export class Redis {
  constructor() {
    throw new Error('Redis is not available to the in-page sandbox.');
  }
}

export default Redis;
