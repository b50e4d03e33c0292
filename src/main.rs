fn main() {
    std::process::exit(isnad::cli::main());
}
