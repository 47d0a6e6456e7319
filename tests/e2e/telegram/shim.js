'use strict';
// Makes telegram-test-api 4.2.1 a faithful Bot API peer for python-telegram-bot 22, without
// touching node_modules: routes registered ahead of the package's own, and a few wrapped methods.
// What it fixes (DESIGN.md §10, and lib/ in the package):
//   getMe lacks is_bot                         -> a complete bot User
//   sent messages carry `date` in milliseconds -> seconds; the real chat; `from` = the bot;
//                                                 numbers as numbers
//   getUpdates ignores offset and timeout      -> updates stay until confirmed; long polling
//   editMessage* / answerCallbackQuery -> null -> the edited Message / true
//   setMyCommands, sendChatAction, setMessageReaction, createForumTopic, sendDocument and
//   sendPhoto answer 500                       -> implemented (files parsed from multipart)
//   callback queries lack chat_instance        -> added
//   webhooks get no secret token header        -> sent, as Telegram does
//   storeTimeout 60 s, binds to localhost      -> a day; 127.0.0.1 on a free port
// For the tests: the client's /sendMessage, /sendCommand and /sendCallback answer the new ids;
// /shim/botMessages long-polls the bot's messages to one chat; /shim/calls lists the calls
// of methods that leave no message (answerCallbackQuery, sendChatAction, createForumTopic…);
// /shim/redeliver sends an update again, as Telegram does when a bot did not confirm it;
// /shim/sent lists every message the bot sent with a token, read or not (what arrived);
// /shim/pending counts the updates the bot has not confirmed yet (Telegram still holds them);
// /shim/stall holds the bot's sendMessage calls unanswered until it is lifted (a slow network),
// and drops the held calls of a bot that died meanwhile, as the real API never sees them;
// it answers how many calls it holds for callers still connected.

const net = require('net');
const TelegramServer = require('telegram-test-api');
const packageRoutes = require('telegram-test-api/lib/routes/index');

const BOT = { id: 666, is_bot: true, first_name: 'Amora', username: 'TestNameBot' };
const UPDATE = 'shim:update';

// A form (python-telegram-bot's own transport; Amora's for uploads) carries arrays and objects as
// JSON strings; a JSON body carries them as they are.
const JSON_FIELDS = ['reply_markup', 'reply_parameters', 'entities', 'link_preview_options',
  'commands', 'scope', 'reaction', 'allowed_updates'];
const params = (req) => {
  const merged = { ...req.query, ...req.body };
  for (const key of JSON_FIELDS) {
    if (typeof merged[key] === 'string') merged[key] = JSON.parse(merged[key]);
  }
  return merged;
};
const ok = (res, result) => res.json({ ok: true, result });

function nextEvent(emitter, name, ms) {
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); emitter.off(name, done); resolve(); };
    const timer = setTimeout(done, ms);
    emitter.on(name, done);
  });
}

function asMessage(server, item) {
  // A stored bot message as the Bot API returns it.
  const { botToken, chat_id: chatId, ...fields } = item.message;
  const message = {
    ...fields,
    message_id: item.messageId,
    date: Math.floor(item.time / 1000),
    chat: server.shim.chats.get(String(chatId)) || { id: Number(chatId), type: 'private', first_name: 'User' },
    from: BOT,
  };
  if (fields.message_thread_id !== undefined) {
    message.message_thread_id = Number(fields.message_thread_id);
    message.is_topic_message = true;
  }
  delete message.document_content;
  return message;
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = new Response(Buffer.concat(chunks), { headers: { 'content-type': req.headers['content-type'] } });
  return body.formData();
}

function passStall(server, req, res) {
  // Resolves true once the token's sendMessage calls are let through, false if the caller left.
  const waiting = server.shim.stalls.get(req.params.token);
  if (!waiting) return Promise.resolve(true);
  return new Promise((resolve) => {
    const pass = () => resolve(true);
    waiting.add(pass);
    res.once('close', () => { waiting.delete(pass); resolve(false); });
  });
}

function botRoutes(app, server, options) {
  const remember = (req, method) => server.shim.calls.push({ token: req.params.token, method, params: params(req) });
  const record = (method) => (req, res) => { remember(req, method); ok(res, true); };
  app.all('/bot:token/getMe', (_req, res) => ok(res, {
    ...BOT, can_join_groups: true, can_read_all_group_messages: false,
    supports_inline_queries: false, has_topics_enabled: Boolean(options.privateTopics),
  }));
  app.all('/bot:token/getUpdates', async (req, res) => {
    const { token } = req.params;
    const p = params(req);
    const offset = Number(p.offset || 0);
    const pending = () => {
      if (offset > 0) {
        server.storage.userMessages = server.storage.userMessages
          .filter((u) => u.botToken !== token || u.updateId >= offset);
      }
      return server.storage.userMessages
        .filter((u) => u.botToken === token && u.updateId >= offset)
        .slice(0, Number(p.limit || 100));
    };
    if (!pending().length && Number(p.timeout) > 0) {
      await nextEvent(server, UPDATE, Number(p.timeout) * 1000);
    }
    ok(res, pending().map((u) => TelegramServer.formatUpdate(u)));
  });
  for (const method of ['setMyCommands', 'sendChatAction', 'setMessageReaction', 'answerCallbackQuery']) {
    app.all(`/bot:token/${method}`, record(method));
  }
  app.all('/bot:token/createForumTopic', (req, res) => {
    remember(req, 'createForumTopic');
    server.shim.topics += 1;
    ok(res, { message_thread_id: server.shim.topics, name: params(req).name, icon_color: 7322096 });
  });
  for (const method of ['editMessageText', 'editMessageReplyMarkup']) {
    app.all(`/bot:token/${method}`, (req, res) => {
      const p = params(req);
      server[method]({ ...p });
      const item = server.storage.botMessages.find((u) => String(u.messageId) === String(p.message_id));
      ok(res, item ? asMessage(server, item) : true);
    });
  }
  app.all('/bot:token/sendMessage', async (req, res) => {
    if (!(await passStall(server, req, res))) return;
    server.addBotMessage(params(req), req.params.token);
    ok(res, asMessage(server, server.storage.botMessages[server.storage.botMessages.length - 1]));
  });
  app.post('/bot:token/:method(sendDocument|sendPhoto)', async (req, res) => {
    const fields = {};
    let file = null;
    for (const [key, value] of (await readForm(req)).entries()) {
      if (typeof value === 'string') fields[key] = value;
      else file = { key, name: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) };
    }
    const ids = { file_id: `file${server.messageId}`, file_unique_id: `u${server.messageId}`, file_size: file.data.length };
    const media = req.params.method === 'sendPhoto'
      ? { photo: [{ ...ids, width: 800, height: 600 }] }
      : { document: { ...ids, file_name: file.name, mime_type: file.type } };
    server.addBotMessage({ ...fields, ...media, document_content: file.data.toString('base64') }, req.params.token);
    ok(res, asMessage(server, server.storage.botMessages[server.storage.botMessages.length - 1]));
  });
  app.all('/bot:token/setWebhook', (req, res) => {
    server.setWebhook(params(req), req.params.token);
    ok(res, true);
  });
}

function clientRoutes(app, server) {
  const adders = { '/sendMessage': 'addUserMessage', '/sendCommand': 'addUserCommand', '/sendCallback': 'addUserCallback' };
  for (const [path, add] of Object.entries(adders)) {
    app.post(path, async (req, res) => {
      const ids = { update_id: server.updateId, message_id: server.messageId, callback_query_id: String(server.callbackId) };
      await server[add](req.body);
      ok(res, ids);
    });
  }
  app.post('/shim/botMessages', async (req, res) => {
    const { token, chatId, timeout } = req.body;
    const unread = () => server.storage.botMessages.filter((u) => u.botToken === token
      && String(u.message.chat_id) === String(chatId) && !u.isRead);
    if (!unread().length) await nextEvent(server, 'AddedBotMessage', Number(timeout || 0));
    const found = unread();
    found.forEach((u) => { u.isRead = true; });
    ok(res, found.map((u) => ({ ...asMessage(server, u), document_content: u.message.document_content })));
  });
  app.post('/shim/sent', (req, res) => ok(res, server.storage.botMessages
    .filter((u) => u.botToken === req.body.token).map((u) => asMessage(server, u))));
  app.post('/shim/pending', (req, res) => ok(res, server.storage.userMessages
    .filter((u) => u.botToken === req.body.token).length));
  app.post('/shim/stall', (req, res) => {
    // Answers how many calls are held by callers still connected.
    const { token, stalled } = req.body;
    const waiting = server.shim.stalls.get(token);
    const held = waiting ? waiting.size : 0;
    if (stalled && !waiting) server.shim.stalls.set(token, new Set());
    if (!stalled && waiting) {
      server.shim.stalls.delete(token);
      waiting.forEach((pass) => pass());
    }
    ok(res, held);
  });
  app.post('/shim/calls', (req, res) => ok(res, server.shim.calls.filter((c) => c.token === req.body.token)));
  app.post('/shim/redeliver', async (req, res) => {
    const earlier = server.shim.delivered.get(Number(req.body.updateId));
    if (!earlier) return res.status(404).json({ ok: false, description: 'no such update' });
    const updateId = server.updateId;
    await server.addUserUpdate({ ...earlier, updateId, time: Date.now(), isRead: false });
    return ok(res, { update_id: updateId });
  });
}

let installed = false;
function install(options) {
  if (installed) return;
  installed = true;
  packageRoutes.routes.unshift((app, server) => {
    server.shim = { calls: [], topics: 0, chats: new Map(), delivered: new Map(), stalls: new Map() };
    server.setMaxListeners(0);
    botRoutes(app, server, options);
    clientRoutes(app, server);
  });
  const formatUpdate = TelegramServer.formatUpdate;
  TelegramServer.formatUpdate = (update) => {
    const formatted = formatUpdate(update);
    const query = formatted.callback_query;
    if (query) {
      const message = { date: Math.floor(Date.now() / 1000), ...query.message };
      delete message.botToken;
      formatted.callback_query = { chat_instance: String(message.chat ? message.chat.id : query.from.id), ...query, message };
    } else {
      delete formatted.message.botToken;
    }
    return formatted;
  };
  TelegramServer.prototype.addUserUpdate = async function addUserUpdate(update) {
    const message = update.message || (update.callbackQuery && update.callbackQuery.message);
    if (message && message.chat) this.shim.chats.set(String(message.chat.id), message.chat);
    this.shim.delivered.set(update.updateId, update);
    this.updateId += 1;
    const webhook = this.webhooks[update.botToken];
    if (!webhook) {
      this.storage.userMessages.push(update);
      this.emit(UPDATE);
      return;
    }
    const headers = { 'content-type': 'application/json' };
    if (webhook.secret_token) headers['X-Telegram-Bot-Api-Secret-Token'] = webhook.secret_token;
    const answer = await fetch(webhook.url, { method: 'POST', headers, body: JSON.stringify(TelegramServer.formatUpdate(update)) });
    if (!answer.ok) throw new Error(`webhook answered ${answer.status}`);
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startEmulator(options = {}) {
  install(options);
  const port = options.port || await freePort();
  const server = new TelegramServer({ host: '127.0.0.1', port, storeTimeout: 24 * 3600 });
  await server.start();
  return { server, url: `http://127.0.0.1:${port}` };
}

module.exports = { startEmulator };
