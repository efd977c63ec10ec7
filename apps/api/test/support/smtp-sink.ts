import { type AddressInfo, connect, createServer as createNetServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as it reached the SMTP server: the envelope, and the parsed MIME it carried. */
export type ReceivedMail = {
  envelope: { from: string; to: string[] };
  mail: ParsedMail;
};

export type SmtpSink = {
  /** `smtp://127.0.0.1:<port>`: the same address after a stop and a start. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the next message to arrive. */
  nextMessage(): Promise<ReceivedMail>;
  /** Stops the SMTP server (an outage): connections to `url` are reset until `start`. */
  stop(): Promise<void>;
  /** Starts a new SMTP server, reached at the same `url`. */
  start(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on loopback (the `smtp-server` package), without TLS or authentication, that
 * keeps what it receives. Recipients in `refuse` are answered 550, as a server refuses an unknown mailbox.
 */
export async function startSmtpSink(options: { refuse?: string[] } = {}): Promise<SmtpSink> {
  const refuse = new Set((options.refuse ?? []).map((a) => a.toLowerCase()));
  const received: ReceivedMail[] = [];
  const waiting: ((mail: ReceivedMail) => void)[] = [];
  let server: SMTPServer | undefined;
  let serverPort = 0;

  function createServer() {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 1000,
      onRcptTo(address, _session, callback) {
        if (!refuse.has(address.address.toLowerCase())) return callback();
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        callback(error);
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            const message = {
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              mail,
            };
            received.push(message);
            for (const resolve of waiting.splice(0)) resolve(message);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
  }

  // The sink's address is a loopback forwarder that never closes: a stopped server is then refused
  // (reset) at that address, and a restarted one, on a fresh port of its own, is reached there
  // again. Reopening the same port after closing it would race other processes for it.
  const front = createNetServer((client) => {
    client.on('error', () => {});
    if (!server) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(serverPort, '127.0.0.1');
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const frontPort = (front.address() as AddressInfo).port;

  async function start() {
    const next = createServer();
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(0, '127.0.0.1', () => resolve());
    });
    serverPort = (next.server.address() as AddressInfo).port;
    server = next;
  }

  async function stop() {
    const current = server;
    server = undefined;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  await start();
  return {
    url: `smtp://127.0.0.1:${frontPort}`,
    received,
    nextMessage: () => new Promise((resolve) => waiting.push(resolve)),
    start,
    stop,
    async close() {
      await stop();
      await new Promise((resolve) => front.close(resolve));
    },
  };
}
