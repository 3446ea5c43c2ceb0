//! A bounded attack on a running Demoborger (loopback only), while 30 learners run a
//! journey: what the learners see (errors, p95) during each attack.
//!
//!     cargo run --release -p server --example attack -- [port] [seconds per phase]
//!
//! Start the server first (`make run`, or `./target/release/demoborger --port 3000`). The
//! learners connect from 127.0.0.1, the attacker from 127.0.0.2 (as from another machine).
//! Phases, each `seconds` long (default 15): quiet (learners only), slow bodies (600
//! connections that send `POST /post` headers and then drip the body), stalled uploads (40
//! "Skriv ny besked" posts that stop after 1 MB), a folder flood from one world, and a
//! request flood from one world (8 connections as fast as they can). Stops by itself.

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpSocket, TcpStream};

const LEARNERS: usize = 30;
const LEARNER_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);
const ATTACKER_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);

type Sender = http1::SendRequest<Full<Bytes>>;

async fn connect(server: SocketAddr, from: Ipv4Addr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(IpAddr::V4(from), 0))?;
    let stream = socket.connect(server).await?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

async fn client(server: SocketAddr, from: Ipv4Addr) -> Option<Sender> {
    let stream = connect(server, from).await.ok()?;
    let (sender, connection) = http1::handshake(TokioIo::new(stream)).await.ok()?;
    tokio::spawn(connection);
    Some(sender)
}

struct Answer {
    status: u16,
    location: String,
    cookie: Option<String>,
    body: String,
}

async fn send(
    sender: &mut Sender,
    method: &str,
    path: &str,
    cookie: &str,
    form: Option<&str>,
) -> Option<Answer> {
    let mut b = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", "127.0.0.1")
        .header("sec-fetch-site", "same-origin");
    if !cookie.is_empty() {
        b = b.header("cookie", cookie);
    }
    if form.is_some() {
        b = b.header("content-type", "application/x-www-form-urlencoded");
    }
    let body = Full::new(Bytes::from(form.unwrap_or("").to_owned()));
    sender.ready().await.ok()?;
    let response = sender.send_request(b.body(body).ok()?).await.ok()?;
    let status = response.status().as_u16();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let location = header("location").unwrap_or_default();
    let cookie = header("set-cookie").and_then(|c| c.split(';').next().map(str::to_owned));
    let bytes = response.into_body().collect().await.ok()?.to_bytes();
    Some(Answer {
        status,
        location,
        cookie,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    })
}

#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: usize,
}

/// A world with Karen logged in, as a learner gets there: "Start" of the læseadgang
/// exercise, then NemID with the key read off the card shown on the login page.
async fn start_world(server: SocketAddr, from: Ipv4Addr) -> Option<String> {
    let mut s = client(server, from).await?;
    let form = "ovelse=hjaelp-laeseadgang-mappe&sprog=da";
    let cookie = send(&mut s, "POST", "/ovelser/start", "", Some(form))
        .await?
        .cookie?;
    let password = "trin=adgangskode&bruger_id=318204657&adgangskode=7913";
    send(&mut s, "POST", "/log-paa", &cookie, Some(password)).await?;
    let page = send(&mut s, "GET", "/log-paa", &cookie, None).await?.body;
    let number = between(&page, "key-challenge-value\">", "<")?;
    let at = page.find(&format!("key-number\">{number}<"))?;
    let key = between(&page[at..], "class=\"key\">", "<")?;
    let answer = send(
        &mut s,
        "POST",
        "/log-paa",
        &cookie,
        Some(&format!("trin=noegle&noegle={key}")),
    )
    .await?;
    answer.cookie
}

/// The text between `start` and the next `end`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text[from..].find(end)?;
    Some(&text[from..from + len])
}

/// One learner in their world: the mailbox, a letter, a folder, the activity log, the
/// access page, again and again.
async fn learner(server: SocketAddr, cookie: String, stop: Arc<AtomicBool>) -> Tally {
    let mut tally = Tally::default();
    let mut sender = None;
    let steps: [(&str, &str, Option<&str>); 6] = [
        ("GET", "/post", None),
        ("POST", "/post", Some("aabn=karen-boligydelse")),
        ("GET", "/post/brev/karen-boligydelse", None),
        ("GET", "/post?mappe=0", None),
        ("GET", "/post/aktivitetslog", None),
        ("GET", "/post/adgang", None),
    ];
    let mut i = 0usize;
    while !stop.load(Ordering::Relaxed) {
        if sender.is_none() {
            sender = client(server, LEARNER_IP).await;
            if sender.is_none() {
                tally.errors += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
                continue;
            }
        }
        let s = sender.as_mut().unwrap_or_else(|| unreachable!());
        let started = Instant::now();
        let (method, path, form) = steps[i % steps.len()];
        i += 1;
        let answer = send(s, method, path, &cookie, form).await;
        tally.latencies.push(started.elapsed());
        match answer {
            None => {
                tally.errors += 1;
                sender = None;
            }
            Some(a) if a.status >= 400 || a.location.starts_with("/log-paa") => {
                tally.errors += 1;
            }
            Some(_) => {}
        }
        // A learner reads a little between clicks.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    tally
}

/// Sends raw bytes on its own connection and keeps it open until `stop`.
async fn drip(server: SocketAddr, head: String, first: Vec<u8>, stop: Arc<AtomicBool>) {
    let Ok(mut stream) = connect(server, ATTACKER_IP).await else {
        return;
    };
    if stream.write_all(head.as_bytes()).await.is_err() || stream.write_all(&first).await.is_err() {
        return;
    }
    while !stop.load(Ordering::Relaxed) {
        tokio::time::sleep(Duration::from_secs(1)).await;
        if stream.write_all(b"x").await.is_err() {
            return;
        }
    }
}

async fn attack(phase: &str, server: SocketAddr, stop: Arc<AtomicBool>) -> usize {
    let mut tasks = Vec::new();
    let cookie = start_world(server, ATTACKER_IP).await.unwrap_or_default();
    match phase {
        "slow bodies" => {
            for _ in 0..600 {
                let head = format!(
                    "POST /post HTTP/1.1\r\nHost: 127.0.0.1\r\nSec-Fetch-Site: same-origin\r\n\
                     Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
                     Content-Length: 60000\r\n\r\n"
                );
                tasks.push(tokio::spawn(drip(
                    server,
                    head,
                    b"handling=".to_vec(),
                    stop.clone(),
                )));
            }
        }
        "stalled uploads" => {
            for _ in 0..40 {
                let head = format!(
                    "POST /post/skriv?til=skattestyrelsen HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                     Sec-Fetch-Site: same-origin\r\nCookie: {cookie}\r\n\
                     Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: 8000000\r\n\r\n"
                );
                let mut first = b"--XX\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"a.png\"\r\n\r\n\x89PNG\r\n\x1a\n".to_vec();
                first.resize(1_000_000, 0);
                tasks.push(tokio::spawn(drip(server, head, first, stop.clone())));
            }
        }
        "folder flood" | "request flood" => {
            let n = if phase == "folder flood" { 4 } else { 8 };
            for k in 0..n {
                let stop = stop.clone();
                let cookie = cookie.clone();
                let folders = phase == "folder flood";
                tasks.push(tokio::spawn(async move {
                    let mut s = None;
                    let mut i = 0u64;
                    while !stop.load(Ordering::Relaxed) {
                        if s.is_none() {
                            s = client(server, ATTACKER_IP).await;
                        }
                        let Some(sender) = s.as_mut() else {
                            tokio::time::sleep(Duration::from_millis(50)).await;
                            continue;
                        };
                        i += 1;
                        let form = format!("handling=opret-mappe&navn=M{k}-{i}");
                        let answer = if folders {
                            send(sender, "POST", "/post", &cookie, Some(&form)).await
                        } else {
                            send(sender, "GET", "/post", &cookie, None).await
                        };
                        if answer.is_none() {
                            s = None;
                        }
                    }
                }));
            }
        }
        _ => {}
    }
    let n = tasks.len();
    for t in tasks {
        let _ = t.await;
    }
    n
}

fn p95(latencies: &mut [Duration]) -> Duration {
    if latencies.is_empty() {
        return Duration::ZERO;
    }
    latencies.sort();
    latencies[(latencies.len() * 95 / 100).min(latencies.len() - 1)]
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or(3000);
    let seconds: u64 = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(15)
        .clamp(1, 120);
    let server = SocketAddr::new(IpAddr::V4(LEARNER_IP), port);
    println!("{LEARNERS} learners against 127.0.0.1:{port}, {seconds} s per phase");
    println!(
        "{:<16} {:>9} {:>8} {:>10} {:>10}",
        "phase", "requests", "errors", "p95 ms", "attackers"
    );
    let mut worlds = Vec::new();
    for _ in 0..LEARNERS {
        match start_world(server, LEARNER_IP).await {
            Some(cookie) => worlds.push(cookie),
            None => {
                eprintln!("could not start a learner's world: is the server running?");
                std::process::exit(1);
            }
        }
    }
    for phase in [
        "quiet",
        "slow bodies",
        "stalled uploads",
        "folder flood",
        "request flood",
    ] {
        let stop = Arc::new(AtomicBool::new(false));
        let learners: Vec<_> = worlds
            .iter()
            .map(|cookie| tokio::spawn(learner(server, cookie.clone(), stop.clone())))
            .collect();
        let attacker = tokio::spawn(attack(phase, server, stop.clone()));
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        stop.store(true, Ordering::Relaxed);
        let mut all = Vec::new();
        let mut errors = 0;
        for l in learners {
            if let Ok(t) = l.await {
                all.extend(t.latencies);
                errors += t.errors;
            }
        }
        let attackers = attacker.await.unwrap_or(0);
        println!(
            "{:<16} {:>9} {:>8} {:>10.1} {:>10}",
            phase,
            all.len(),
            errors,
            p95(&mut all).as_secs_f64() * 1000.0,
            attackers
        );
        // Let the server drop what the attack left behind.
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}
