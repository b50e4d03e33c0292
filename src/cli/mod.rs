//! The command line: `isnad check`.

pub fn main() -> i32 {
    0
}
