//! `GET /ovelser/lyd`: an instruction or hint of an exercise read aloud ("Læs op"), made
//! by espeak-ng and compressed to Opus by opusenc or, for browsers without Opus (older
//! Safari), to MP3 by lame (Debian packages, installed by `scripts/setup.sh`). Answers byte
//! ranges (Safari asks for its audio in ranges and plays nothing without them). Only texts
//! of the scenario are read: the address names one. Made
//! audio is kept (a byte budget, the oldest out first); at most two are made at once, each
//! within a time limit, and at most eight wait (more get 503 with Retry-After), so a burst
//! of plays cannot tie up the server.

use crate::AppState;
use crate::errors::error_response;
use app::guide::speech;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use http::header::{ACCEPT_RANGES, CONTENT_RANGE, CONTENT_TYPE, RANGE};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Deserialize;
use std::collections::{HashMap, VecDeque};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::process::Command;
use tokio::sync::Semaphore;

/// Bytes of audio kept at most (all texts of the default scenario in nine languages fit).
const BUDGET: usize = 48 * 1024 * 1024;
/// Audio made at once; others wait.
const AT_ONCE: usize = 2;
/// Longest time to make one.
const LIMIT: Duration = Duration::from_secs(10);
/// Requests waiting for a maker at most; more get 503 with Retry-After at once, so plays of
/// texts not made yet never fill the server's in-flight limit.
const WAITING: usize = 8;

/// A text: language, exercise, step, part (or what else names it), and the audio's format.
pub type Key = (String, String, usize, usize, Format);

/// How the audio is compressed: Opus (small; every browser but older Safari) or MP3 (every
/// browser).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Opus,
    Mp3,
}

impl Format {
    fn content_type(self) -> &'static str {
        match self {
            Format::Opus => "audio/ogg; codecs=opus",
            Format::Mp3 => "audio/mpeg",
        }
    }

    /// The encoder reading WAV on stdin and writing the audio to stdout: speech at 24 kbit/s
    /// Opus or 32 kbit/s mono MP3 (a 10-second hint about 30 or 40 KB).
    fn encoder(self) -> Command {
        let mut c = match self {
            Format::Opus => {
                let mut c = Command::new("opusenc");
                c.args(["--quiet", "--bitrate", "24", "-", "-"]);
                c
            }
            Format::Mp3 => {
                let mut c = Command::new("lame");
                c.args(["--quiet", "-m", "m", "-b", "32", "-", "-"]);
                c
            }
        };
        c.stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true);
        c
    }
}

/// Audio kept: by text, the order it was made in, and its bytes in all.
#[derive(Default)]
struct Kept {
    audio: HashMap<Key, Bytes>,
    order: VecDeque<Key>,
    bytes: usize,
}

/// Made audio, by text.
pub struct Speech {
    kept: Mutex<Kept>,
    makers: Arc<Semaphore>,
    waiting: Semaphore,
}

impl Default for Speech {
    fn default() -> Self {
        Self {
            kept: Mutex::new(Kept::default()),
            makers: Arc::new(Semaphore::new(AT_ONCE)),
            waiting: Semaphore::new(WAITING),
        }
    }
}

impl Speech {
    fn get(&self, key: &Key) -> Option<Bytes> {
        let kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        kept.audio.get(key).cloned()
    }

    fn keep(&self, key: Key, audio: Bytes) {
        let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        let Kept {
            audio: map,
            order,
            bytes,
        } = &mut *kept;
        if map.contains_key(&key) {
            return;
        }
        *bytes += audio.len();
        map.insert(key.clone(), audio);
        order.push_back(key);
        while *bytes > BUDGET {
            let Some(old) = order.pop_front() else { break };
            if let Some(a) = map.remove(&old) {
                *bytes -= a.len();
            }
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct AudioQuery {
    #[serde(default)]
    sprog: String,
    #[serde(default)]
    ovelse: String,
    #[serde(default)]
    trin: usize,
    #[serde(default)]
    del: usize,
    #[serde(default)]
    format: Format,
}

pub async fn audio(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<AudioQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let (Some(voice), Some(text)) = (
        speech::voice(&q.sprog),
        speech::text_of(&state.scenario, &q.sprog, &q.ovelse, q.trin, q.del),
    ) else {
        return error_response(StatusCode::NOT_FOUND);
    };
    let key = (q.sprog.clone(), q.ovelse.clone(), q.trin, q.del, q.format);
    spoken(&state, &headers, key, speech::ssml(text, voice), voice).await
}

/// The audio of `ssml` read with `voice`, kept under `key`: made (by at most two at once,
/// eight waiting) unless it is kept already; the range the request asks for, if any.
pub async fn spoken(
    state: &AppState,
    headers: &HeaderMap,
    key: Key,
    ssml: String,
    voice: &'static str,
) -> Response {
    let format = key.4;
    let audio = match state.speech.get(&key) {
        Some(a) => a,
        None => {
            let Ok(_waiting) = state.speech.waiting.try_acquire() else {
                return crate::forms::retry_after(
                    StatusCode::SERVICE_UNAVAILABLE,
                    Duration::from_secs(2),
                );
            };
            let Ok(permit) = state.speech.makers.clone().acquire_owned().await else {
                return error_response(StatusCode::SERVICE_UNAVAILABLE);
            };
            // Another request may have made it meanwhile.
            if let Some(a) = state.speech.get(&key) {
                a
            } else {
                // Made in a task of its own: kept even if this learner leaves before it is
                // ready, so the work is never lost.
                let speech = state.speech.clone();
                let task = tokio::spawn(async move {
                    let _permit = permit;
                    match tokio::time::timeout(LIMIT, make(&ssml, voice, format)).await {
                        Ok(Ok(bytes)) if !bytes.is_empty() => {
                            let a = Bytes::from(bytes);
                            speech.keep(key, a.clone());
                            Some(a)
                        }
                        Ok(Ok(_)) => {
                            tracing::error!("reading aloud made no audio");
                            None
                        }
                        Ok(Err(e)) => {
                            tracing::error!(error = %e, "reading aloud failed (espeak-ng, opusenc and lame installed?)");
                            None
                        }
                        Err(_) => {
                            tracing::error!("reading aloud took longer than {LIMIT:?}");
                            None
                        }
                    }
                });
                match task.await {
                    Ok(Some(a)) => a,
                    _ => return error_response(StatusCode::SERVICE_UNAVAILABLE),
                }
            }
        }
    };
    // Cache-Control: security::headers gives this address its rule.
    ranged(headers.get(RANGE), audio, format.content_type())
}

/// `audio` whole (200), or the one byte range asked for (206; Safari asks for `bytes=0-1`
/// first), or 416 for a range outside it. Several ranges at once get the whole (allowed:
/// a server may ignore a Range header).
/// The kept audio is shared, never copied: a range is a slice of it.
fn ranged(range: Option<&HeaderValue>, audio: Bytes, content_type: &'static str) -> Response {
    let len = audio.len() as u64;
    let kind = (CONTENT_TYPE, HeaderValue::from_static(content_type));
    let accept = (ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    let Some(range) = range.and_then(|r| r.to_str().ok()) else {
        return ([kind, accept], audio).into_response();
    };
    match http_range_header::parse_range_header(range).and_then(|r| r.validate(len)) {
        Ok(ranges) if ranges.len() == 1 => {
            let (start, end) = (*ranges[0].start(), *ranges[0].end());
            let content_range = format!("bytes {start}-{end}/{len}");
            // `validate` has checked the range against the length.
            let part = audio.slice(start as usize..=end as usize);
            (
                StatusCode::PARTIAL_CONTENT,
                [
                    kind,
                    accept,
                    (
                        CONTENT_RANGE,
                        HeaderValue::from_str(&content_range)
                            .unwrap_or(HeaderValue::from_static("bytes */0")),
                    ),
                ],
                part,
            )
                .into_response()
        }
        Ok(_) => ([kind, accept], audio).into_response(),
        Err(_) => (
            StatusCode::RANGE_NOT_SATISFIABLE,
            [
                accept,
                (
                    CONTENT_RANGE,
                    HeaderValue::from_str(&format!("bytes */{len}"))
                        .unwrap_or(HeaderValue::from_static("bytes */0")),
                ),
            ],
        )
            .into_response(),
    }
}

/// espeak-ng reads `ssml` with `voice` into WAV; the format's encoder compresses it.
async fn make(ssml: &str, voice: &str, format: Format) -> std::io::Result<Vec<u8>> {
    let mut espeak = Command::new("espeak-ng")
        .args(["-m", "-s", "150", "-v", voice, "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let wav: Stdio = espeak
        .stdout
        .take()
        .ok_or_else(|| std::io::Error::other("no output"))?
        .try_into()?;
    let encoder = format.encoder().stdin(wav).spawn()?;
    if let Some(mut input) = espeak.stdin.take() {
        input.write_all(ssml.as_bytes()).await?;
        input.shutdown().await?;
    }
    let out = encoder.wait_with_output().await?;
    let read = espeak.wait().await?;
    if !read.success() || !out.status.success() {
        return Err(std::io::Error::other("espeak-ng or the encoder failed"));
    }
    Ok(out.stdout)
}
