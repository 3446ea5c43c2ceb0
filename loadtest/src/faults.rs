//! Issue 16's faults with real processes: a `redis-server` of the test's own (free port,
//! own data directory, `appendonly yes`, `appendfsync everysec`) and two `demoborger`
//! processes on it (the release binary that `make test` builds before these tests), and
//! virtual learners whose requests alternate between the two servers.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use crate::learner::{Journey, Learner, STEPS};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A child process killed when dropped.
struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn redis(port: u16, dir: &Path) -> Proc {
    let child = Command::new("redis-server")
        .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
        .arg("--dir")
        .arg(dir)
        .args([
            "--appendonly",
            "yes",
            "--appendfsync",
            "everysec",
            "--save",
            "",
        ])
        .stdout(Stdio::null())
        .spawn()
        .expect("redis-server (scripts/setup.sh --test installs it)");
    let proc = Proc(child);
    wait_for(port, b"PING\r\n", b"+PONG");
    proc
}

fn demoborger(port: u16, redis: u16) -> Proc {
    let bin = std::env::var_os("DEMOBORGER_BIN")
        .map_or_else(|| root().join("target/release/demoborger"), PathBuf::from);
    let child = Command::new(&bin)
        .current_dir(root())
        .args(["--port", &port.to_string()])
        .args(["--redis-url", &format!("redis://127.0.0.1:{redis}/0")])
        .args(["--starts-per-minute", "100000"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{} (built by scripts/build.sh): {e}", bin.display()));
    let proc = Proc(child);
    wait_for(
        port,
        b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        b"HTTP/1.1 200",
    );
    proc
}

/// Waits until `port` answers `ask` with a reply starting with `expect`.
fn wait_for(port: u16, ask: &[u8], expect: &[u8]) {
    use std::io::{Read, Write};
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
            let mut got = vec![0u8; expect.len()];
            if s.write_all(ask).is_ok() && s.read_exact(&mut got).is_ok() && got == expect {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("nothing answered on port {port}");
}

/// Learners, each with their own journey, all through `bases`.
fn learners(n: usize, bases: &str) -> Vec<(Learner, Journey)> {
    (0..n)
        .map(|_| {
            (
                Learner::new(bases, Duration::from_secs(10)).unwrap(),
                Journey::default(),
            )
        })
        .collect()
}

/// Every learner does the steps `steps` (indexes into [`STEPS`]); each must succeed.
async fn walk(all: &mut [(Learner, Journey)], steps: std::ops::Range<usize>) {
    for n in steps {
        for (i, (l, j)) in all.iter_mut().enumerate() {
            if let Err(e) = j.step(l, n).await {
                panic!("learner {i}, step {:?}: {e}", STEPS[n]);
            }
        }
    }
}

/// The learner's inbox: its status, and that it is Karen's (logged in) with the folder
/// "Sundhed" the journey made.
async fn still_there(l: &mut Learner) -> u16 {
    let (status, page) = l.get_any("/post").await.unwrap();
    assert!(
        page.contains("Sundhed") && page.contains("Log af"),
        "{page}"
    );
    status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_one_app_server_or_stopping_redis_loses_no_learners_work() {
    let dir = std::env::temp_dir().join(format!("demoborger-faults-{}", free_port()));
    std::fs::create_dir_all(&dir).unwrap();
    let redis_port = free_port();
    let mut redis_proc = Some(redis(redis_port, &dir));
    let (a, b) = (free_port(), free_port());
    let server_a = demoborger(a, redis_port);
    let server_b = Some(demoborger(b, redis_port));
    let bases = format!("http://127.0.0.1:{a},http://127.0.0.1:{b}");
    let mut all = learners(6, &bases);

    // Start, read the key card, log in, open the inbox: every step on both servers in turn.
    walk(&mut all, 0..5).await;
    // Server B dies (SIGKILL) mid-lesson: the learners go on on A with nothing lost.
    drop(server_b);
    // As a load balancer's health check would, the learners' clients notice B's closed
    // connections before they send again (their connection tasks read the reset).
    tokio::time::sleep(Duration::from_millis(200)).await;
    walk(&mut all, 5..7).await; // read a letter, create a folder
    for (l, _) in &mut all {
        assert_eq!(still_there(l).await, 200, "the folder is there on A");
    }
    // Redis stops: pages answer the friendly 503 within the request timeout.
    // (`appendfsync everysec`: what was acknowledged a second ago is on disk.)
    tokio::time::sleep(Duration::from_millis(1500)).await;
    drop(redis_proc.take());
    for (l, _) in &mut all {
        let asked = Instant::now();
        let (status, page) = l.get_any("/post").await.unwrap();
        assert!(asked.elapsed() < Duration::from_secs(5), "answered in time");
        assert_eq!(status, 503);
        assert!(
            page.contains("Vi kan ikke hente din øvelse lige nu"),
            "{page}"
        );
    }
    // Redis again, from its AOF: the learners continue. Moving the letter into the folder
    // made before the outage proves the folder (an acknowledged action) was kept.
    redis_proc = Some(redis(redis_port, &dir));
    tokio::time::sleep(Duration::from_millis(400)).await;
    for (l, _) in &mut all {
        assert_eq!(still_there(l).await, 200, "logged in, the folder there");
    }
    walk(&mut all, 7..STEPS.len()).await;
    drop((server_a, redis_proc));
    let _ = std::fs::remove_dir_all(&dir);
}
