//! The Redis store's Lua scripts: each runs atomically in Redis, so two app servers never
//! interleave inside one step. Every script gets the same first four arguments (the key
//! prefix, now in Unix milliseconds, the absolute limit and the default idle limit in
//! milliseconds) and builds its keys from the prefix: the store is for one Redis (or
//! Valkey) server or a primary with replicas, not Redis Cluster.
//!
//! Keys (prefix `P`):
//! - `P w:<world>`: a hash: `v` version (raised by every write), `b` the world's bytes,
//!   `c` created (ms), `i` its idle limit (ms; -1: none, a hold's world), `s` its session
//!   ids (comma separated; two while two practise together), `t` its scenario's tag.
//! - `P s:<session>`: `<world>:<0|1>`, the world and whether this is the partner's seat.
//! - `P live`: a sorted set of live worlds scored by when they end if unused; the global
//!   cap counts it, and a world whose keys expired is freed from it by `sweep`.
//! - `P ups`: a hash of world → bytes of files attached in it; `P up`: their sum (the
//!   global upload budget). Neither expires: `free` counts a world out of them.
//!
//! World and session keys expire at the world's end (`PEXPIREAT`), so a world nobody uses
//! is gone even if no server sweeps.

/// Helpers every script starts with.
const PRELUDE: &str = r#"
local P, NOW, ABS, IDLE = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local LIVE, UP, UPS = P .. 'live', P .. 'up', P .. 'ups'
local function wkey(wid) return P .. 'w:' .. wid end
local function skey(sid) return P .. 's:' .. sid end
local function sids(w)
  local out = {}
  local s = redis.call('HGET', w, 's')
  if s then for x in string.gmatch(s, '[^,]+') do table.insert(out, x) end end
  return out
end
local function set_uploads(wid, u)
  local old = tonumber(redis.call('HGET', UPS, wid) or '0')
  if u ~= old then redis.call('INCRBY', UP, u - old) end
  if u > 0 then redis.call('HSET', UPS, wid, u) else redis.call('HDEL', UPS, wid) end
end
local function free(wid)
  local w = wkey(wid)
  for _, s in ipairs(sids(w)) do redis.call('DEL', skey(s)) end
  set_uploads(wid, 0)
  redis.call('DEL', w)
  redis.call('ZREM', LIVE, wid)
end
local function ends(w)
  local c = tonumber(redis.call('HGET', w, 'c'))
  local i = tonumber(redis.call('HGET', w, 'i'))
  local e = c + ABS
  if i >= 0 and NOW + i < e then e = NOW + i end
  return e
end
local function keep(wid)
  local w = wkey(wid)
  local e = ends(w)
  redis.call('PEXPIREAT', w, e)
  for _, s in ipairs(sids(w)) do redis.call('PEXPIREAT', skey(s), e) end
  redis.call('ZADD', LIVE, e, wid)
  return e
end
local function resolve(sid)
  local v = redis.call('GET', skey(sid))
  if not v then return nil end
  local wid, partner = string.match(v, '^([^:]+):(%d)$')
  local w = wkey(wid)
  local c = redis.call('HGET', w, 'c')
  if not c or NOW >= tonumber(c) + ABS then
    free(wid)
    redis.call('DEL', skey(sid))
    return nil
  end
  return wid, partner
end
-- A world's files (`f:<id>` fields of its hash): the new ones from argument `from` on (id,
-- bytes pairs), and every file the world no longer names (`ids`, comma separated) dropped.
local function files(w, ids, from)
  for i = from, #ARGV, 2 do redis.call('HSETNX', w, 'f:' .. ARGV[i], ARGV[i + 1]) end
  local keep = {}
  for id in string.gmatch(ids, '[^,]+') do keep['f:' .. id] = true end
  for _, f in ipairs(redis.call('HKEYS', w)) do
    if string.sub(f, 1, 2) == 'f:' and not keep[f] then redis.call('HDEL', w, f) end
  end
end
local function sweep(n)
  local gone = redis.call('ZRANGEBYSCORE', LIVE, '-inf', NOW, 'LIMIT', 0, n)
  for _, wid in ipairs(gone) do free(wid) end
  return #gone
end
"#;

/// `sid activity` → `{world, partner, version, bytes, tag, ends}` or nil. With activity
/// (`1`) the world's end moves on by its idle limit.
const LOAD: &str = r#"
local wid, partner = resolve(ARGV[5])
if not wid then return false end
local e
if ARGV[6] == '1' then e = keep(wid) else e = redis.call('ZSCORE', LIVE, wid) end
local f = redis.call('HMGET', wkey(wid), 'v', 'b', 't')
return {wid, partner, f[1], f[2], f[3] or '', tostring(e)}
"#;

/// `world version bytes uploads file-ids [id bytes]…` → 1 written, 0 another server wrote
/// first, -1 gone.
const SAVE: &str = r#"
local wid = ARGV[5]
local w = wkey(wid)
local v = redis.call('HGET', w, 'v')
if not v then return -1 end
if v ~= ARGV[6] then return 0 end
redis.call('HSET', w, 'v', tonumber(v) + 1, 'b', ARGV[7])
files(w, ARGV[9], 10)
set_uploads(wid, tonumber(ARGV[8]))
return 1
"#;

/// `session file` → the file's bytes, or nil.
const FILE: &str = r#"
local wid = resolve(ARGV[5])
if not wid then return false end
return redis.call('HGET', wkey(wid), 'f:' .. ARGV[6])
"#;

/// `world session bytes uploads tag max file-ids [id bytes]…` → 1 made, 0 full (after
/// freeing ended worlds).
const CREATE: &str = r#"
local wid, sid = ARGV[5], ARGV[6]
local max = tonumber(ARGV[10])
if redis.call('ZCARD', LIVE) >= max then
  sweep(100)
  if redis.call('ZCARD', LIVE) >= max then return 0 end
end
redis.call('HSET', wkey(wid), 'v', 1, 'b', ARGV[7], 'c', NOW, 'i', IDLE, 's', sid, 't', ARGV[9])
redis.call('SET', skey(sid), wid .. ':0')
files(wkey(wid), ARGV[11], 12)
set_uploads(wid, tonumber(ARGV[8]))
keep(wid)
return 1
"#;

/// `old new` → 1 moved (the old id stops working), 0 gone.
const ROTATE: &str = r#"
local old, new = ARGV[5], ARGV[6]
local wid, partner = resolve(old)
if not wid then return 0 end
local w = wkey(wid)
local list = sids(w)
for k, s in ipairs(list) do if s == old then list[k] = new end end
redis.call('HSET', w, 's', table.concat(list, ','))
redis.call('DEL', skey(old))
redis.call('SET', skey(new), wid .. ':' .. partner)
keep(wid)
return 1
"#;

/// `session version bytes` → 1 left, 0 gone, -1 another server wrote first. The last
/// session of a world frees it; otherwise the world (`bytes`, the remaining learner's
/// alone now) stays with the other session, no longer a partner's seat.
const LEAVE: &str = r#"
local sid = ARGV[5]
local wid = resolve(sid)
if not wid then return 0 end
local w = wkey(wid)
local list = sids(w)
if #list <= 1 then
  free(wid)
  redis.call('DEL', skey(sid))
  return 1
end
local v = redis.call('HGET', w, 'v')
if v ~= ARGV[6] then return -1 end
local rest = {}
for _, s in ipairs(list) do if s ~= sid then table.insert(rest, s) end end
redis.call('HSET', w, 'v', tonumber(v) + 1, 'b', ARGV[7], 's', table.concat(rest, ','))
for _, s in ipairs(rest) do redis.call('SET', skey(s), wid .. ':0', 'KEEPTTL') end
redis.call('DEL', skey(sid))
return 1
"#;

/// `world version bytes new max` → 1 paired, 0 another server wrote first, -1 gone,
/// -2 full.
const PAIR: &str = r#"
local wid, new = ARGV[5], ARGV[8]
local w = wkey(wid)
local v = redis.call('HGET', w, 'v')
if not v then return -1 end
if v ~= ARGV[6] then return 0 end
if redis.call('ZCARD', LIVE) >= tonumber(ARGV[9]) then return -2 end
local list = sids(w)
table.insert(list, new)
redis.call('HSET', w, 'v', tonumber(v) + 1, 'b', ARGV[7], 's', table.concat(list, ','))
redis.call('SET', skey(new), wid .. ':1')
keep(wid)
return 1
"#;

/// `session idle` → 1, 0 gone: the world's own idle limit (-1: none).
const SET_IDLE: &str = r#"
local wid = resolve(ARGV[5])
if not wid then return 0 end
redis.call('HSET', wkey(wid), 'i', tonumber(ARGV[6]))
keep(wid)
return 1
"#;

/// `n` → how many ended worlds were freed (at most n).
const SWEEP: &str = r#"
return sweep(tonumber(ARGV[5]))
"#;

/// `key capacity rate` (tokens per ms) → 0 when a token was taken, else the ms to wait:
/// a token bucket every server shares (`P k:<key>`, gone once full again).
const TOKEN: &str = r#"
local k = P .. 'k:' .. ARGV[5]
local cap, rate = tonumber(ARGV[6]), tonumber(ARGV[7])
local t = tonumber(redis.call('HGET', k, 't') or ARGV[6])
local at = tonumber(redis.call('HGET', k, 'at') or NOW)
t = math.min(cap, t + math.max(0, NOW - at) * rate)
local wait = 0
if t >= 1 then t = t - 1 else wait = math.ceil((1 - t) / rate) end
redis.call('HSET', k, 't', tostring(t), 'at', NOW)
redis.call('PEXPIRE', k, math.ceil(cap / rate) + 1000)
return wait
"#;

/// Holds (`P h:<board key>`: a hash of `v` version, `b` the hold's bytes, `m` and `d` the
/// sources of its material and draft, `ip` its maker's address), found by `P hc:<code>`;
/// `P holds` is the set of live holds, `P hips:<address>` those made from one address;
/// `P he:<code>` marks an ended hold's code for a while.
///
/// `key code bytes material draft ip max per_address life_ms` → 1 made, 0 the code is in
/// use (draw another), -1 the server holds all it may, -2 that address made its share.
const HOLD_CREATE: &str = r#"
local key, code, ip = ARGV[5], ARGV[6], ARGV[10]
local life = tonumber(ARGV[13])
if redis.call('SCARD', P .. 'holds') >= tonumber(ARGV[11]) then return -1 end
-- An address's share counts its live holds only (one whose keys expired unnoticed is gone).
for _, k in ipairs(redis.call('SMEMBERS', P .. 'hips:' .. ip)) do
  if redis.call('EXISTS', P .. 'h:' .. k) == 0 then redis.call('SREM', P .. 'hips:' .. ip, k) end
end
if redis.call('SCARD', P .. 'hips:' .. ip) >= tonumber(ARGV[12]) then return -2 end
if redis.call('EXISTS', P .. 'hc:' .. code) == 1 or redis.call('EXISTS', P .. 'he:' .. code) == 1 then
  return 0
end
local h = P .. 'h:' .. key
redis.call('HSET', h, 'v', 1, 'b', ARGV[7], 'm', ARGV[8], 'd', ARGV[9], 'ip', ip, 'code', code)
redis.call('PEXPIRE', h, life)
redis.call('SET', P .. 'hc:' .. code, key, 'PX', life)
redis.call('SADD', P .. 'holds', key)
redis.call('SADD', P .. 'hips:' .. ip, key)
return 1
"#;

/// `key version bytes material draft` → 1 written, 0 another server wrote first, -1 gone.
const HOLD_SAVE: &str = r#"
local h = P .. 'h:' .. ARGV[5]
local v = redis.call('HGET', h, 'v')
if not v then return -1 end
if v ~= ARGV[6] then return 0 end
redis.call('HSET', h, 'v', tonumber(v) + 1, 'b', ARGV[7], 'm', ARGV[8], 'd', ARGV[9])
return 1
"#;

/// `key ended_life_ms` → 1 ended (its code answers "afsluttet" for a while), 0 gone.
const HOLD_END: &str = r#"
local key = ARGV[5]
local h = P .. 'h:' .. key
redis.call('SREM', P .. 'holds', key)
local f = redis.call('HMGET', h, 'code', 'ip')
if not f[1] then return 0 end
redis.call('DEL', h, P .. 'hc:' .. f[1])
redis.call('SET', P .. 'he:' .. f[1], '1', 'PX', tonumber(ARGV[6]))
if f[2] then redis.call('SREM', P .. 'hips:' .. f[2], key) end
return 1
"#;

/// → `{live worlds, upload bytes}`.
const COUNTS: &str = r#"
return {redis.call('ZCOUNT', LIVE, NOW, '+inf'), tonumber(redis.call('GET', UP) or '0')}
"#;

/// The scripts, each with the prelude (loaded into Redis once, then called by hash).
pub(super) struct Scripts {
    pub(super) load: redis::Script,
    pub(super) save: redis::Script,
    pub(super) file: redis::Script,
    pub(super) create: redis::Script,
    pub(super) rotate: redis::Script,
    pub(super) leave: redis::Script,
    pub(super) pair: redis::Script,
    pub(super) set_idle: redis::Script,
    pub(super) sweep: redis::Script,
    pub(super) counts: redis::Script,
    pub(super) token: redis::Script,
    pub(super) hold_create: redis::Script,
    pub(super) hold_save: redis::Script,
    pub(super) hold_end: redis::Script,
}

impl Scripts {
    pub(super) fn new() -> Self {
        let s = |body: &str| redis::Script::new(&format!("{PRELUDE}{body}"));
        Self {
            load: s(LOAD),
            save: s(SAVE),
            file: s(FILE),
            create: s(CREATE),
            rotate: s(ROTATE),
            leave: s(LEAVE),
            pair: s(PAIR),
            set_idle: s(SET_IDLE),
            sweep: s(SWEEP),
            counts: s(COUNTS),
            token: s(TOKEN),
            hold_create: s(HOLD_CREATE),
            hold_save: s(HOLD_SAVE),
            hold_end: s(HOLD_END),
        }
    }
}
