"""A deterministic synthetic dossier repository for benchmarks.

    python benchmarks/generate.py --communes 3321 --out /tmp/kho [--seed 7] [--findings 0.1]

Each commune is a full NTM nâng cao dossier judged on the illustrative provincial profile of
examples/criteria (copied into the repository): one YAML file per criterion with Vietnamese
text, values, self-assessment, an appraisal and evidence references (one attached file per
criterion, with its sha256), and a conditions file. Communes are grouped into districts, each
with a district dossier listing its member communes (the 2021-2025 layout). Valid by default;
`--findings F` seeds a mistake into that share of communes (one of several kinds), so a check
also has findings to report. The same arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILE_DIR = REPO / "examples" / "criteria"
PROFILE = "tinh-minh-hoa-xa-ntm-nang-cao@2024"
COMMUNES_PER_DISTRICT = 12
REGIONS = ("TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL")

_SYLLABLES = ("An", "Bình", "Cường", "Đông", "Hòa", "Hưng", "Khánh", "Lạc", "Long", "Minh",
              "Nghĩa", "Phú", "Phúc", "Quang", "Sơn", "Tân", "Thạnh", "Thành", "Thịnh", "Thuận",
              "Tiến", "Trung", "Vĩnh", "Xuân", "Yên", "Hải", "Lâm", "Hợp", "Đức", "Mỹ")
_ISSUERS = ("UBND xã", "Ban quản lý xây dựng NTM xã", "Phòng Nông nghiệp huyện",
            "Ủy ban MTTQ Việt Nam xã", "Trạm Y tế xã")
_DOC_TYPES = ("Báo cáo", "Quyết định", "Biên bản", "Kế hoạch", "Tờ trình")


@dataclass(frozen=True)
class IndicatorSpec:
    id: str
    kind: str
    comparator: str
    threshold: object
    levels: tuple[str, ...]


def _indicators(ref: str, dirs: list[Path]) -> dict[str, list[IndicatorSpec]]:
    """The indicators of a set by criterion, with the threshold that applies in region DBSH in
    2024 — resolved by ntm itself."""
    sys.path.insert(0, str(REPO / "src"))
    from ntmcli.criteria.catalog import Catalog
    from ntmcli.criteria.resolve import resolve_ref

    criteria_set, findings = resolve_ref(Catalog.with_dirs(dirs), ref)
    if criteria_set is None:
        raise SystemExit(f"cannot resolve {ref}: {findings}")
    out: dict[str, list[IndicatorSpec]] = {}
    for criterion in criteria_set.criteria:
        specs = []
        for indicator in criterion.indicators:
            threshold = indicator.threshold_for("DBSH", 2024)
            value = threshold.value if threshold else None
            specs.append(IndicatorSpec(indicator.id, indicator.kind, indicator.comparator, value,
                                       indicator.levels))
        out[criterion.id] = specs
    return out


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_SYLLABLES)} {rng.choice(_SYLLABLES)}"


def _passing_value(spec: IndicatorSpec, rng: random.Random) -> tuple[str, str]:
    """(YAML lines for the value, the written self-assessment) of a value meeting the threshold."""
    if spec.kind == "boolean":
        return "value: true", "dat"
    if spec.kind == "level":
        return f"value: {spec.levels[-1]}", "dat"
    limit = float(spec.threshold) if isinstance(spec.threshold, (int, float)) else 50.0
    if spec.kind == "percent":
        denominator = rng.randint(800, 6000)
        low, high = (limit, 100.0) if spec.comparator.startswith(">") else (0.0, limit)
        share = rng.uniform(low, high) / 100
        numerator = min(denominator, max(0, round(denominator * share)))
        while not _meets(numerator / denominator * 100, spec.comparator, limit):
            numerator += 1 if spec.comparator.startswith(">") else -1
        rate = numerator / denominator * 100
        return (f"numerator: {numerator}\n    denominator: {denominator}\n"
                f"    value: {_round_half_up(rate)}"), "dat"
    value = round(limit * rng.uniform(1.01, 1.4), 1) if spec.comparator.startswith(">") \
        else round(limit * rng.uniform(0.5, 0.99), 2)
    return f"value: {value}", "dat"


def _meets(value: float, comparator: str, limit: float) -> bool:
    return value >= limit if comparator.startswith(">") else value <= limit


def _round_half_up(rate: float) -> str:
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(repr(rate)).quantize(Decimal("0.01"), ROUND_HALF_UP))


class Generator:
    def __init__(self, out: Path, seed: int, findings_share: float) -> None:
        self.out = out
        self.rng = random.Random(seed)
        self.findings_share = findings_share
        self.indicators = _indicators(PROFILE, [PROFILE_DIR])
        self.district_indicators = _indicators("huyen-ntm@2021-2025", [])
        self.seeded: dict[str, str] = {}

    def run(self, communes: int) -> None:
        if self.out.exists():
            shutil.rmtree(self.out)
        (self.out / "criteria").mkdir(parents=True)
        shutil.copytree(PROFILE_DIR, self.out / "criteria", dirs_exist_ok=True)
        (self.out / "ntm.toml").write_text('criteria_dirs = ["criteria"]\n', encoding="utf-8")
        districts = (communes + COMMUNES_PER_DISTRICT - 1) // COMMUNES_PER_DISTRICT
        made = 0
        for d in range(districts):
            count = min(COMMUNES_PER_DISTRICT, communes - made)
            self._district(d, count)
            made += count
        manifest = {"communes": communes, "districts": districts, "seeded": self.seeded}
        (self.out / "generated.json").write_text(json.dumps(manifest, ensure_ascii=False,
                                                            indent=1, sort_keys=True) + "\n",
                                                 encoding="utf-8")

    def _district(self, number: int, communes: int) -> None:
        """A district folder: its member communes and, beside them, the district dossier that
        lists them (huyen-ntm@2021-2025; its shares of communes are rolled up by ntm)."""
        folder = self.out / f"huyen-{number + 1:03d}"
        members = []
        for c in range(communes):
            code = f"{number * 100 + c + 1:05d}"
            self._commune(folder / f"xa-{code}", code, number)
            members.append(f"xa-{code}")
        district = folder / "huyen"
        (district / "tieu-chi").mkdir(parents=True)
        (district / "dossier.yaml").write_text("\n".join(
            [f"# Huyện giả định số {number + 1}: dữ liệu sinh tự động cho đo hiệu năng",
             "schema_version: 1", "unit:", f'  name: "Huyện {_name(self.rng)}"',
             f'  code: "{9000 + number:05d}"', "  kind: huyen", '  province: "Tỉnh Minh Họa"',
             "target_level: ntm", "criteria: huyen-ntm@2021-2025", "members:"]
            + [line for m in members for line in (f"  - path: ../{m}", "    level: ntm_nang_cao")]
            + ["year: 2024", "stage: tham_tra", ""]), encoding="utf-8")
        for criterion_id, specs in self.district_indicators.items():
            lines = [f'criterion: "{criterion_id}"', "self_assessment: dat", "indicators:"]
            for spec in specs:
                value, verdict = _passing_value(spec, self.rng)
                lines += [f'  - id: "{spec.id}"', f"    {value}", f"    self_assessment: {verdict}"]
            if not specs:
                lines[-1] = "indicators: []"
            (district / "tieu-chi" / f"{int(criterion_id):02d}.yaml").write_text(
                "\n".join(lines) + "\n", encoding="utf-8")
        (district / "dieu-kien.yaml").write_text("\n".join([
            "conditions:", "  - id: thi-tran-van-minh", "    applicable: false",
            "  - id: hai-long", "    numerator: 1900", "    denominator: 2000", ""]),
            encoding="utf-8")

    def _commune(self, folder: Path, code: str, district: int) -> None:
        (folder / "tieu-chi").mkdir(parents=True)
        (folder / "minh-chung").mkdir()
        name = f"Xã {_name(self.rng)}"
        seed_mistake = self.rng.random() < self.findings_share
        mistake = self.rng.choice(_MISTAKES) if seed_mistake else None
        if mistake:
            self.seeded[folder.relative_to(self.out).as_posix()] = mistake
        code_line = f"  code: {code}" if mistake == "unquoted-code" else f'  code: "{code}"'
        (folder / "dossier.yaml").write_text("\n".join([
            "schema_version: 1", "unit:", f'  name: "{name}"', code_line, "  kind: xa",
            '  province: "Tỉnh Minh Họa"', f'  district: "Huyện số {district + 1}"',
            "classification: DBSH", "target_level: ntm_nang_cao",
            "criteria: xa-ntm-nang-cao@2021-2025", f"profile: {PROFILE}",
            'criteria_dirs: ["../../criteria"]', "year: 2024", "stage: tham_tra", ""]),
            encoding="utf-8")
        victim = self._victim(mistake)
        for criterion_id, specs in self.indicators.items():
            text = self._criterion(folder, criterion_id, specs,
                                   mistake if criterion_id == victim else None)
            (folder / "tieu-chi" / f"{int(criterion_id):02d}.yaml").write_text(text, encoding="utf-8")
        (folder / "dieu-kien.yaml").write_text(self._conditions(), encoding="utf-8")

    def _victim(self, mistake: str | None) -> str | None:
        """The criterion a mistake goes into: for a rate mismatch, one with a rate."""
        if mistake is None:
            return None
        choices = sorted(self.indicators)
        if mistake == "percent-mismatch":
            choices = [c for c in choices if any(s.kind == "percent" for s in self.indicators[c])]
        return self.rng.choice(choices)

    def _criterion(self, folder: Path, criterion_id: str, specs: list[IndicatorSpec],
                   mistake: str | None) -> str:
        lines = [f"# Tiêu chí {criterion_id} — số liệu sinh tự động", f'criterion: "{criterion_id}"',
                 "self_assessment: dat", "indicators:"]
        for n, spec in enumerate(specs):
            value, verdict = _passing_value(spec, self.rng)
            if mistake == "percent-mismatch" and spec.kind == "percent":
                value = value.rsplit("value:", 1)[0] + "value: 12.5"
            lines += [f'  - id: "{spec.id}"', f"    {value}", f"    self_assessment: {verdict}",
                      f"    note: \"{self._sentence()}\"", "    evidence:"]
            lines += self._evidence(folder, criterion_id, spec.id,
                                    broken=mistake == "missing-evidence" and n == 0)
            if mistake == "duplicate-key" and n == 0:
                lines.append("    self_assessment: chua_dat")
        if mistake == "unknown-indicator":
            lines += [f'  - id: "{criterion_id}.9"', "    value: true"]
        lines += ["appraisals:", "  - stage: tham_tra", f'    by: "Đoàn thẩm tra huyện {_name(self.rng)}"',
                  "    date: 2024-08-20", "    result: dat",
                  f'    remarks: "{self._sentence()}"']
        return "\n".join(lines) + "\n"

    def _evidence(self, folder: Path, criterion_id: str, indicator_id: str, broken: bool) -> list[str]:
        file_name = f"minh-chung/tc{criterion_id}-{indicator_id.replace('.', '-')}.txt"
        body = f"Văn bản minh chứng chỉ tiêu {indicator_id}: {self._sentence()}\n".encode()
        (folder / file_name).write_bytes(body)
        digest = hashlib.sha256(body).hexdigest()
        if broken:
            file_name = file_name.replace(".txt", "-thieu.txt")
        doc_type = self.rng.choice(_DOC_TYPES)
        lines = [f"      - type: {doc_type}", f'        number: "{self.rng.randint(1, 300)}/BC-UBND"',
                 f"        date: 2024-0{self.rng.randint(1, 7)}-{self.rng.randint(10, 28)}",
                 f"        issuer: {self.rng.choice(_ISSUERS)}",
                 f'        title: "{doc_type} về chỉ tiêu {indicator_id}"',
                 f"        file: {file_name}", f"        sha256: {digest}"]
        lines += ["      - type: Hình ảnh", f'        title: "Ảnh hiện trạng {self._sentence()}"']
        return lines

    def _conditions(self) -> str:
        surveyed = self.rng.randint(300, 900)
        satisfied = int(surveyed * self.rng.uniform(0.91, 0.99))
        return "\n".join(["conditions:", "  - id: hai-long", f"    numerator: {satisfied}",
                          f"    denominator: {surveyed}", "  - id: no-dong-xdcb", "    value: true",
                          "  - id: an-ninh-trat-tu", "    value: true", ""])

    def _sentence(self) -> str:
        words = ("kết quả", "thực hiện", "đạt", "theo", "quy định", "của", "xã", "năm 2024",
                 "nhân dân", "đồng thuận", "đầu tư", "hạ tầng", "bảo đảm", "chất lượng")
        return " ".join(self.rng.choice(words) for _ in range(8)).capitalize()


_MISTAKES = ("percent-mismatch", "missing-evidence", "unknown-indicator", "duplicate-key",
             "unquoted-code")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--findings", type=float, default=0.0,
                        help="share of communes given one mistake (0..1)")
    args = parser.parse_args()
    if args.communes < 1 or not 0 <= args.findings <= 1:
        parser.error("--communes must be >= 1 and --findings within 0..1")
    Generator(args.out, args.seed, args.findings).run(args.communes)
    print(f"{args.communes} communes written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
