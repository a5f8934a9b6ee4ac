'use strict';
// Request-body validation for Express and Fastify: raw body → p2c validate → 422 with every
// issue, or the parsed pledge on the request. No framework is a dependency of p2c: each
// factory only uses the request/response shape of its framework.

const p2c = require('./index.js');

/** The JSON body of a 422 response: `{ valid: false, issues }` as `validate` returns it. */
function unprocessable(report) {
  return { valid: false, issues: report.issues };
}

/**
 * Express middleware. Mount it after a raw-body parser so p2c reads the bytes itself (the fast
 * path): `app.post('/pledges', express.raw({ type: 'application/json' }), p2cExpress(), handler)`.
 * A body already parsed by `express.json()` (an object) or `express.text()` (a string) works too.
 * On success `req.body` is the pledge as a plain object and `req.p2cReport` the report (with
 * any warnings); otherwise the response is 422 with `{ valid: false, issues }`.
 */
function p2cExpress(options = {}) {
  const { validateOptions } = options;
  return function p2cValidate(req, res, next) {
    let report;
    try {
      const body = req.body === undefined ? '' : req.body;
      report = p2c.validate(body, validateOptions);
      if (report.valid) {
        const text = typeof body === 'object' && !Buffer.isBuffer(body)
          ? JSON.stringify(body)
          : body.toString('utf8');
        req.body = p2c.parsePledge(text);
        req.p2cReport = report;
      }
    } catch (err) {
      next(err);
      return;
    }
    if (report.valid) {
      next();
    } else {
      res.status(422).json(unprocessable(report));
    }
  };
}

/**
 * Fastify plugin. Registers a buffer parser for `application/json` in its (encapsulated)
 * context and a `preHandler` hook: `fastify.register(p2cFastify)` then define routes in the same
 * context. On success `request.body` is the pledge as a plain object and `request.p2cReport` the
 * report; otherwise the reply is 422 with `{ valid: false, issues }`.
 */
function p2cFastify(fastify, options, done) {
  const { validateOptions } = options || {};
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, cb) => {
    cb(null, body);
  });
  fastify.addHook('preHandler', (request, reply, next) => {
    const body = request.body === undefined ? '' : request.body;
    let report;
    try {
      report = p2c.validate(body, validateOptions);
    } catch (err) {
      next(err);
      return;
    }
    if (!report.valid) {
      reply.code(422).send(unprocessable(report));
      return;
    }
    try {
      request.body = p2c.parsePledge(Buffer.isBuffer(body) ? body.toString('utf8') : String(body));
    } catch (err) {
      next(err);
      return;
    }
    request.p2cReport = report;
    next();
  });
  done();
}
// Fastify runs a plugin in its caller's context (so the parser and hook apply to the caller's
// routes) when it carries this symbol, as fastify-plugin sets it.
p2cFastify[Symbol.for('skip-override')] = true;

module.exports = { p2cExpress, p2cFastify };
