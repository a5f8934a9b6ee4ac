//! `p2c`: the command line of the p2c library (see the `p2c_cli` library for all of it).

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(p2c_cli::run_process(std::env::args_os()))
}
