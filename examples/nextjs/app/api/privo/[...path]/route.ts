// Route Handler: the browser's PRIVO calls (/api/privo/…) through the credential-adding proxy.
import { privoProxy } from '../../../../lib/kinship';

const handler = (request: Request) => privoProxy()(request);

export const GET = handler;
export const POST = handler;
