// Route Handler: the browser's Conomy calls (/api/conomy/…) through the credential-adding proxy.
import { conomyProxy } from '../../../../lib/kinship';

const handler = (request: Request) => conomyProxy()(request);

export const GET = handler;
export const POST = handler;
export const DELETE = handler;
