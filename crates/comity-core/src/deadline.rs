//! A time budget for coding one article, checked cooperatively by the stages' long loops.

use std::fmt;
use std::time::{Duration, Instant};

/// When the work on one article must stop. Stages check it in their long loops (per
/// sentence, per verb, every few thousand tokens) and give up with [`TimedOut`] once it has
/// passed; no thread is killed.
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    at: Option<Instant>,
    budget: Duration,
}

impl Deadline {
    /// No limit: [`Deadline::check`] always passes.
    pub fn none() -> Deadline {
        Deadline { at: None, budget: Duration::MAX }
    }

    /// A deadline `budget` from now.
    pub fn after(budget: Duration) -> Deadline {
        Deadline { at: Instant::now().checked_add(budget), budget }
    }

    /// The budget this deadline was made with.
    pub fn budget(&self) -> Duration {
        self.budget
    }

    /// Has the deadline passed?
    pub fn expired(&self) -> bool {
        self.at.is_some_and(|at| Instant::now() >= at)
    }

    /// `Err(TimedOut)` once the deadline has passed.
    pub fn check(&self) -> Result<(), TimedOut> {
        if self.expired() { Err(TimedOut { budget: self.budget }) } else { Ok(()) }
    }
}

impl Default for Deadline {
    fn default() -> Self {
        Deadline::none()
    }
}

/// Work on an article stopped because its [`Deadline`] passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimedOut {
    /// The budget that was exceeded.
    pub budget: Duration,
}

impl fmt::Display for TimedOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "coding took longer than the limit of {} s", self.budget.as_secs_f64())
    }
}

impl std::error::Error for TimedOut {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_never_expires_and_zero_expires_at_once() {
        assert!(Deadline::none().check().is_ok());
        assert!(Deadline::after(Duration::from_secs(3600)).check().is_ok());
        let d = Deadline::after(Duration::ZERO);
        assert_eq!(d.check(), Err(TimedOut { budget: Duration::ZERO }));
        assert!(d.check().unwrap_err().to_string().contains("longer than the limit of 0 s"));
    }
}
