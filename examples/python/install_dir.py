"""Where `meson install` puts the cocomm package, relative to PREFIX, so
that this python3 imports it (examples/meson.build):

    python3 install_dir.py PREFIX      e.g. lib/python3.11/dist-packages

Debian's python3 reads /usr/lib/python3/dist-packages (packages of prefix
/usr) and /usr/local/lib/python3.X/dist-packages (prefix /usr/local);
other systems their purelib scheme under the prefix."""
import os
import sys
import sysconfig


def main() -> None:
    prefix = os.path.normpath(sys.argv[1])
    if "deb_system" in sysconfig.get_scheme_names():  # Debian and its derivatives
        rel = "lib/python3/dist-packages" if prefix == "/usr" else "lib/python%s/dist-packages" % (
            sysconfig.get_python_version())
    else:
        path = sysconfig.get_path("purelib", "posix_prefix", vars={"base": prefix, "platbase": prefix})
        rel = os.path.relpath(path, prefix)
    print(rel)


if __name__ == "__main__":
    main()
