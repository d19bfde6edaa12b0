"""ntm: kiểm tra hồ sơ nông thôn mới theo bộ tiêu chí có phiên bản."""

__version__ = "0.1.0"
