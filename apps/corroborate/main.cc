// corroborate: dispatches argv to the command-line interface.
#include "corroborate/cli/cli.h"

int main(int argc, char** argv) { return corroborate::cli::Main(argc, argv); }
