import { registerNodeDecoders } from '../src/cli/node-decoders';

registerNodeDecoders();
