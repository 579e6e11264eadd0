#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) { return partgen::runCli(argc, argv, std::cout, std::cerr); }
