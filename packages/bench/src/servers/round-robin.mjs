// A round-robin TCP balancer on loopback, for the scale-out benchmark: each new connection goes to
// the next backend in turn and is piped both ways. BACKENDS is a comma-separated list of ports.
import { connect, createServer } from "node:net";

const backends = (process.env.BACKENDS ?? "").split(",").map(Number).filter(Boolean);
let next = 0;

createServer({ noDelay: true }, (client) => {
  const port = backends[next++ % backends.length];
  const upstream = connect({ port, host: "127.0.0.1", noDelay: true });
  client.pipe(upstream).pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on("error", close);
  upstream.on("error", close);
  client.on("close", close);
  upstream.on("close", close);
}).listen(Number(process.env.PORT), "127.0.0.1", 4096);
