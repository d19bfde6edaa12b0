"""`ntm diff OLD NEW`: two assessments of one unit compared, with the revocation check of
QĐ 18/2022/QĐ-TTg on the newer one."""
