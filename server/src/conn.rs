//! Two different clocks for a connection (issue 20): a request's headers must arrive
//! within the header timeout once its first byte has come (a slow-headers attack), while a
//! kept-alive connection may sit idle much longer between requests (a learner reading a
//! letter). hyper's own `header_read_timeout` starts as soon as the connection waits for a
//! request, so it closed every keep-alive connection idle for 10 s and the browser had to
//! reconnect; this wrapper around the socket keeps the two apart.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// The two clocks of a connection.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// From a request's first byte to the end of its headers.
    pub header: Duration,
    /// Between requests on a kept-alive connection.
    pub keep_alive: Duration,
}

/// How many requests of one connection are being answered (until the last byte of the
/// answer is out: the service wraps the answer's body around a [`Busy`]), and the waker of
/// the connection's task, woken when the last one ends so the idle clock starts even if
/// hyper does not read again by itself.
#[derive(Clone, Default)]
pub struct InFlight(Arc<Shared>);

#[derive(Default)]
struct Shared {
    count: AtomicUsize,
    waker: std::sync::Mutex<Option<std::task::Waker>>,
}

impl InFlight {
    /// Marks a request as being answered until the guard is dropped.
    pub fn start(&self) -> Busy {
        self.0.count.fetch_add(1, Ordering::AcqRel);
        Busy(self.0.clone())
    }

    fn busy(&self) -> bool {
        self.0.count.load(Ordering::Acquire) > 0
    }

    fn wake_me(&self, waker: &std::task::Waker) {
        let mut slot = self.0.waker.lock().unwrap_or_else(|p| p.into_inner());
        if !slot.as_ref().is_some_and(|w| w.will_wake(waker)) {
            *slot = Some(waker.clone());
        }
    }
}

/// A request being answered.
pub struct Busy(Arc<Shared>);

impl Drop for Busy {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::AcqRel) == 1 {
            let waker = self
                .0
                .waker
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take();
            if let Some(w) = waker {
                w.wake();
            }
        }
    }
}

/// An answer's body that keeps its request [`Busy`] until the body is sent (or dropped): no
/// clock may end a connection while an answer is still going out.
pub struct BusyBody {
    inner: axum::body::Body,
    busy: Option<Busy>,
}

impl BusyBody {
    pub fn new(inner: axum::body::Body, busy: Busy) -> Self {
        Self {
            inner,
            busy: Some(busy),
        }
    }
}

impl http_body::Body for BusyBody {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let this = self.get_mut();
        let frame = Pin::new(&mut this.inner).poll_frame(cx);
        if matches!(frame, Poll::Ready(None | Some(Err(_)))) {
            this.busy = None;
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// A socket that ends itself when a request's headers are too slow, or when it has been
/// idle between requests for too long.
pub struct Timed<IO> {
    io: IO,
    in_flight: InFlight,
    header: Duration,
    idle: Duration,
    /// When the headers of the request begun must be complete.
    head_deadline: Option<Instant>,
    /// Since when the connection has waited for a request.
    idle_since: Instant,
    was_busy: bool,
    /// Whether a request was answered: a new connection that sends nothing gets only the
    /// header timeout (as nginx's client_header_timeout), a kept-alive one the idle one.
    answered: bool,
    sleep: Pin<Box<Sleep>>,
}

impl<IO> Timed<IO> {
    pub fn new(io: IO, in_flight: InFlight, header: Duration, idle: Duration) -> Self {
        let now = Instant::now();
        Self {
            io,
            in_flight,
            header,
            idle,
            head_deadline: None,
            idle_since: now,
            was_busy: false,
            answered: false,
            sleep: Box::pin(tokio::time::sleep_until(now + header)),
        }
    }
}

impl<IO: AsyncRead + Unpin> AsyncRead for Timed<IO> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let now = Instant::now();
        let busy = this.in_flight.busy();
        if busy {
            this.in_flight.wake_me(cx.waker());
            // The request's headers are in; the handler's own limits apply from here.
            this.was_busy = true;
            this.head_deadline = None;
        } else if this.was_busy {
            this.was_busy = false;
            this.answered = true;
            this.idle_since = now;
        }
        let before = buf.filled().len();
        match Pin::new(&mut this.io).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if !busy && buf.filled().len() > before && this.head_deadline.is_none() {
                    // The first bytes of a request: its headers must follow in time.
                    this.head_deadline = Some(now + this.header);
                }
                return Poll::Ready(Ok(()));
            }
            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            Poll::Pending if busy => return Poll::Pending,
            Poll::Pending => {}
        }
        let (deadline, slow_headers) = match this.head_deadline {
            Some(d) => (d, true),
            None if this.answered => (this.idle_since + this.idle, false),
            None => (this.idle_since + this.header, false),
        };
        if this.sleep.deadline() != deadline {
            this.sleep.as_mut().reset(deadline);
        }
        match this.sleep.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) if slow_headers => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "request headers too slow",
            ))),
            // Idle too long between requests: end of stream, a graceful close.
            Poll::Ready(()) => Poll::Ready(Ok(())),
        }
    }
}

impl<IO: AsyncWrite + Unpin> AsyncWrite for Timed<IO> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    //! On the real clock with short times (a paused clock would need tokio's test-util
    //! feature, and with it a second build of every crate that uses tokio).
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    const HEADER: Duration = Duration::from_millis(300);
    const IDLE: Duration = Duration::from_millis(900);

    fn pair() -> (
        Timed<tokio::io::DuplexStream>,
        tokio::io::DuplexStream,
        InFlight,
    ) {
        let (server, client) = tokio::io::duplex(1024);
        let in_flight = InFlight::default();
        let timed = Timed::new(server, in_flight.clone(), HEADER, IDLE);
        (timed, client, in_flight)
    }

    fn about(took: Duration, expected: Duration) -> bool {
        took >= expected && took < expected + Duration::from_millis(250)
    }

    #[tokio::test]
    async fn a_new_connection_that_sends_nothing_gets_only_the_header_timeout() {
        let (mut timed, _client, _) = pair();
        let mut buf = [0u8; 16];
        let start = Instant::now();
        let n = timed.read(&mut buf).await.unwrap();
        assert_eq!(n, 0, "closed gracefully");
        assert!(about(start.elapsed(), HEADER), "{:?}", start.elapsed());
    }

    #[tokio::test]
    async fn headers_begun_must_finish_within_the_header_timeout() {
        let (mut timed, mut client, _) = pair();
        let mut buf = [0u8; 16];
        client.write_all(b"GET / HT").await.unwrap();
        let start = Instant::now();
        assert_eq!(timed.read(&mut buf).await.unwrap(), 8);
        let err = timed.read(&mut buf).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        assert!(about(start.elapsed(), HEADER), "{:?}", start.elapsed());
    }

    #[tokio::test]
    async fn no_clock_runs_while_a_request_is_answered_and_a_kept_alive_connection_idles_long() {
        let (mut timed, mut client, in_flight) = pair();
        let mut buf = [0u8; 64];
        client.write_all(b"GET / HTTP/1.1\r\n\r\n").await.unwrap();
        assert_eq!(timed.read(&mut buf).await.unwrap(), 18);
        let busy = in_flight.start();
        // A slow answer (an upload being read): neither clock ends the connection.
        let read = tokio::time::timeout(IDLE * 2, timed.read(&mut buf)).await;
        assert!(
            read.is_err(),
            "still open after twice the idle time of work"
        );
        drop(busy);
        let start = Instant::now();
        assert_eq!(timed.read(&mut buf).await.unwrap(), 0);
        assert!(about(start.elapsed(), IDLE), "{:?}", start.elapsed());
    }

    #[tokio::test]
    async fn the_idle_clock_starts_when_the_last_answer_ends_even_without_a_new_read() {
        let (mut timed, mut client, in_flight) = pair();
        let mut buf = [0u8; 64];
        client.write_all(b"GET / HTTP/1.1\r\n\r\n").await.unwrap();
        assert_eq!(timed.read(&mut buf).await.unwrap(), 18);
        let busy = in_flight.start();
        // The connection's task waits in a read while the answer is made (as hyper does);
        // only the end of the answer can wake it.
        let waiting = tokio::spawn(async move {
            let mut buf = [0u8; 64];
            let n = timed.read(&mut buf).await.unwrap();
            (n, Instant::now())
        });
        tokio::time::sleep(Duration::from_millis(200)).await;
        let ended = Instant::now();
        drop(busy);
        let (n, closed) = tokio::time::timeout(IDLE * 3, waiting)
            .await
            .expect("the idle clock started when the answer ended")
            .unwrap();
        assert_eq!(n, 0);
        assert!(about(closed - ended, IDLE), "{:?}", closed - ended);
    }

    #[tokio::test]
    async fn an_answer_still_going_out_keeps_its_connection_open() {
        use http_body_util::BodyExt;
        let (mut timed, mut client, in_flight) = pair();
        let mut buf = [0u8; 64];
        client.write_all(b"GET / HTTP/1.1\r\n\r\n").await.unwrap();
        assert_eq!(timed.read(&mut buf).await.unwrap(), 18);
        // The handler is done; its answer's body is not sent yet (a slow download).
        let mut body = BusyBody::new(axum::body::Body::from("svar"), in_flight.start());
        let read = tokio::time::timeout(IDLE * 2, timed.read(&mut buf)).await;
        assert!(read.is_err(), "cut off while the answer was going out");
        while let Some(frame) = body.frame().await {
            frame.unwrap();
        }
        let start = Instant::now();
        assert_eq!(timed.read(&mut buf).await.unwrap(), 0);
        assert!(about(start.elapsed(), IDLE), "{:?}", start.elapsed());
    }
}
