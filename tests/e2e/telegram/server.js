'use strict';
// The Bot API emulator for Amora's Telegram tests: telegram-test-api with the shim, on
// 127.0.0.1 and a free port. Prints {"url": ...} once it listens. Options as a JSON argument.
const { startEmulator } = require('./shim');

startEmulator(JSON.parse(process.argv[2] || '{}'))
  .then(({ url }) => console.log(JSON.stringify({ url })))
  .catch((error) => { console.error(error); process.exit(1); });
